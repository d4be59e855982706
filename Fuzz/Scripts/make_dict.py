#!/usr/bin/env python3
"""Writes Fuzz/vietie.dict: the tokens VietIE's rules turn on, in libFuzzer's dictionary format.

libFuzzer reads only printable ASCII between the quotes (comment lines may be any text), so every other byte is written as \\xNN; the
comment above each entry shows it as text.

Usage: python3 Fuzz/Scripts/make_dict.py
"""
import os

TOKENS = [
    # organizations and bodies
    "UBND", "HĐND", "Tỉnh ủy", "Tỉnh uỷ", "Thành ủy", "Thị ủy", "Huyện ủy", "Đảng ủy", "Ban Thường vụ",
    "Ban Chỉ đạo", "Ban Chấp hành", "Mặt trận Tổ quốc", "Sở Y tế", "Bộ Y tế", "CDC", "Công an",
    # titles
    "Chủ tịch", "Phó Chủ tịch", "Bí thư", "Phó Bí thư", "Giám đốc", "Thứ trưởng", "Bộ trưởng", "Trưởng ban",
    "UVBTV", "Đ/c", "đồng chí", "ông", "bà", "Thủ tướng",
    # places
    "TP.", "TP.HCM", "TP Hồ Chí Minh", "Hà Nội", "tỉnh", "thành phố", "huyện", "quận", "thị xã", "xã",
    "phường", "thị trấn", "Quận 1", "Bình Phước", "ấp", "khu phố",
    # dates and times
    "ngày", "tháng", "năm", "sáng", "chiều", "tối", "hôm nay", "hôm qua", "Thứ năm - ", "21/9", "05/8/2021",
    "2021-09-23", "2021-09-23T11:09:08+07:00", "8-10", "đến", "từ",
    # statistics
    "COVID-19", "Covid-19", "SARS-CoV-2", "F0", "F1", "ca", "ca mắc", "trường hợp", "nhiễm", "tử vong",
    "khỏi bệnh", "xuất viện", "đang điều trị", "cách ly", "mẫu", "xét nghiệm", "liều", "tiêm", "vắc xin",
    "cộng dồn", "trong đó", "tăng", "giảm", "6.360", "1.234.567", "90,4%", "1,2 triệu", "nghìn",
    # meetings
    "chủ trì", "dự", "tham dự", "hội nghị", "cuộc họp", "làm việc", "trực tuyến", "điểm cầu",
    # punctuation the text layer unifies or splits on
    "–", "—", " - ", "“", "”", "…", "|", "\u00a0", "\u200b", "\u00ad", "’", "(", ")", ":", ";", "\r\n",
    "\ufeff", "\ufffd", "\u0300", "\u0301", "\u0303", "\u0309", "\u0323", "Ð", "đ", "Đ",
    # HTML
    "<p>", "</p>", "<br>", "<div>", "</div>", "<html>", "<title>", "</title>", "<script>", "</script>",
    "<style>", "<!--", "-->", "<meta property=\"og:url\" content=\"", "<meta name=\"pubdate\" content=\"",
    "&nbsp;", "&amp;", "&#8211;", "&#x1EA0;", "&Agrave;", "<![CDATA[", "<article>", "<h1>",
    # JSON Lines
    "{\"id\":", "\"text\":", "\"published\":", "\"url\":", "\"source_url\":", "\"title\":", "null", "\\u0111",
    "\\ud83d\\ude00", "\\n", "\\\"", "}", "[", "]",
    # legacy encodings: TCVN3 and VNI bytes of common letters
    b"\xae", b"\xa7", b"\xb5", b"\xd7", b"\xf8", b"\xe4", b"\xf5", b"\xe5", b"\xc0", b"\xc2", b"\xf9",
]


def escape(data):
    out = []
    for b in data:
        c = chr(b)
        if c == '"' or c == "\\":
            out.append("\\" + c)
        elif 0x20 <= b < 0x7F:
            out.append(c)
        else:
            out.append("\\x%02X" % b)
    return "".join(out)


def main():
    path = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "vietie.dict")
    lines = ["# VietIE fuzzing dictionary (written by Fuzz/Scripts/make_dict.py): tokens the rules turn on.", ""]
    for token in TOKENS:
        data = token if isinstance(token, bytes) else token.encode("utf-8")
        shown = token.decode("latin-1") if isinstance(token, bytes) else token
        readable = shown.encode("unicode_escape").decode("ascii") if not shown.isprintable() or "\\" in shown else shown
        if isinstance(token, bytes):
            readable = "byte " + " ".join("%02X" % b for b in data)
        lines.append("# " + readable)
        lines.append('"' + escape(data) + '"')
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
