import Testing
import VietIE

/// Officials (title chains, shared and linked titles, completed organizations, coreference) and events
/// (participants and roles), each asserted exactly on a short article from a provincial portal.
struct OfficialsAndEventsTests {
    static func annotate(_ text: String) -> Annotation {
        CorpusHarness.extractor.annotate(Document(id: "t", text: text, url: "https://binhphuoc.gov.vn/tin-tuc/a", published: "2021-09-21"))
    }

    static func positions(_ a: Annotation) -> [String: [String]] {
        var out: [String: [String]] = [:]
        for o in a.officials { out[o.name] = o.positions.map { "\($0.title) | \($0.organization ?? "-")" } }
        return out
    }

    static func roles(_ a: Annotation) -> [[String]] {
        a.events.map { $0.participants.map { "\($0.name): \($0.role.rawValue)" } }
    }

    @Test func titleChainBeforeName_completesEachOrganizationFromTheHost() {
        let a = Self.annotate("Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Trần Tuệ Hiền chủ trì hội nghị trực tuyến với các huyện.")
        #expect(Self.positions(a) == ["Trần Tuệ Hiền": ["Phó Bí thư | Tỉnh ủy Bình Phước", "Chủ tịch | UBND tỉnh Bình Phước"]])
        #expect(Self.roles(a) == [["Trần Tuệ Hiền: chair"]])
        #expect(a.events.first?.kind == "conference")
    }

    @Test func committeeInCapitals_isCompletedAsWritten() {
        // "Tỉnh Ủy" in capitals is the committee, no place named "Ủy".
        let a = Self.annotate("Về phía tỉnh Lâm Đồng, tiếp đoàn có đồng chí Phạm Thị Phúc, Phó Bí thư Tỉnh Ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Lâm Đồng.")
        #expect(Self.positions(a) == [
            "Phạm Thị Phúc": ["Phó Bí thư | Tỉnh Ủy Lâm Đồng", "Chủ tịch | Ủy ban MTTQ Việt Nam tỉnh Lâm Đồng"],
        ])
    }

    @Test func partyBodyWrittenAlone_isItsCommitteesBody() {
        // A party body with no committee written is the body of the unit's party committee, as the gold writes it.
        let a = Self.annotate("Đồng chí Tô Như Sơn, Ủy viên Ban Thường vụ, Chủ nhiệm Ủy ban Kiểm tra được bầu làm Phó Bí thư thường trực Tỉnh ủy. "
                              + "Bà Nguyễn Thị Ngọc, Trưởng Ban Dân vận phát biểu.")
        #expect(Self.positions(a) == [
            "Tô Như Sơn": ["Ủy viên Ban Thường vụ | Tỉnh ủy Bình Phước", "Chủ nhiệm | Ủy ban Kiểm tra Tỉnh ủy Bình Phước",
                           "Phó Bí thư thường trực | Tỉnh ủy Bình Phước"],
            "Nguyễn Thị Ngọc": ["Trưởng Ban | Ban Dân vận Tỉnh ủy Bình Phước"],
        ])
    }

    @Test func pluralTitleBeforeAList_isEveryNamesTitle() {
        let a = Self.annotate("Tại kỳ họp, các Phó Chủ tịch HĐND tỉnh Trần Xuân Vinh, Nguyễn Công Thanh đồng chủ trì kỳ họp; tham dự có Chủ tịch UBND tỉnh Lê Trí Thanh.")
        #expect(Self.positions(a) == [
            "Trần Xuân Vinh": ["Phó Chủ tịch | HĐND tỉnh Bình Phước"],
            "Nguyễn Công Thanh": ["Phó Chủ tịch | HĐND tỉnh Bình Phước"],
            "Lê Trí Thanh": ["Chủ tịch | UBND tỉnh Bình Phước"],
        ])
        // The cue after the list ("đồng chủ trì") is the role of every name in it.
        #expect(Self.roles(a) == [["Trần Xuân Vinh: chair", "Nguyễn Công Thanh: chair", "Lê Trí Thanh: attendee"]])
    }

    @Test func pluralTitleBeforeAColon_isEveryListedNamesTitle() {
        let a = Self.annotate("Dự hội nghị có các đồng chí Phó Chủ tịch UBND tỉnh: Huỳnh Anh Minh, Trần Văn Mi. Ông Nguyễn Văn A: dự họp.")
        #expect(Self.positions(a) == [
            "Huỳnh Anh Minh": ["Phó Chủ tịch | UBND tỉnh Bình Phước"],
            "Trần Văn Mi": ["Phó Chủ tịch | UBND tỉnh Bình Phước"],
        ])
    }

    @Test func formerOfficeAfterTheName_isStillAPosition() {
        let a = Self.annotate("Công an tỉnh tổ chức bàn giao nhiệm vụ giữa Đại tá Trần Văn Bình, nguyên Giám đốc Công an tỉnh và Đại tá Lê Văn An.")
        #expect(Self.positions(a) == ["Trần Văn Bình": ["Giám đốc | Công an tỉnh Bình Phước"]])
    }

    @Test func militaryRankBetweenTheNameAndItsTitles_isPassedOver() {
        // A rank is no title (NEWS_NOTES): the office after it is still the person's.
        let a = Self.annotate("Phê chuẩn đối với ông Trần Văn Sơn, Đại tá, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh Hà Tĩnh; "
                              + "ông Lê Văn Bình – Thượng tá – Phó Giám đốc Công an tỉnh Hà Tĩnh.")
        #expect(Self.positions(a) == [
            "Trần Văn Sơn": ["Chỉ huy trưởng | Bộ Chỉ huy Quân sự tỉnh Hà Tĩnh"],
            "Lê Văn Bình": ["Phó Giám đốc | Công an tỉnh Hà Tĩnh"],
        ])
    }

    @Test func everyFormerOfficeOfAChain_isAPosition() {
        // Each office of a retired leader's chain carries its own "nguyên"; the list item ends at ";".
        let a = Self.annotate("""
            Dự hội nghị có các đồng chí: Phạm Quang Nghị, nguyên Ủy viên Bộ Chính trị, nguyên Bí thư Thành ủy TP Hà Nội; \
            Nguyễn Dy Niên, nguyên Ủy viên Trung ương Đảng, nguyên Bộ trưởng Bộ Ngoại giao.
            """)
        #expect(Self.positions(a) == [
            "Phạm Quang Nghị": ["Ủy viên Bộ Chính trị | -", "Bí thư | Thành ủy TP Hà Nội"],
            "Nguyễn Dy Niên": ["Ủy viên Trung ương Đảng | -", "Bộ trưởng | Bộ Ngoại giao"],
        ])
    }

    @Test func titlesBeforeTheNextName_inAListOfTitledNames_areAllItsOwn() {
        let a = Self.annotate("""
            Cùng dự có Ủy viên Bộ Chính trị, Chánh án Tòa án nhân dân tối cao Nguyễn Hòa Bình, Ủy viên Ban Chấp hành Trung ương \
            Đảng, Phó Thủ tướng Chính phủ Trần Lưu Quang.
            """)
        #expect(Self.positions(a) == [
            "Nguyễn Hòa Bình": ["Ủy viên Bộ Chính trị | -", "Chánh án | Tòa án nhân dân tối cao"],
            "Trần Lưu Quang": ["Ủy viên Ban Chấp hành Trung ương Đảng | -", "Phó Thủ tướng | Chính phủ"],
        ])
    }

    @Test func titleRightAfterAListedName_withoutItsComma_isTheNamesOwn() {
        let a = Self.annotate("Cùng dự có các đồng chí: Hoàng Minh Cường Phó Chủ tịch UBND tỉnh; Lê Trung Kiên, Giám đốc Sở Y tế.")
        #expect(Self.positions(a) == [
            "Hoàng Minh Cường": ["Phó Chủ tịch | UBND tỉnh Bình Phước"],
            "Lê Trung Kiên": ["Giám đốc | Sở Y tế tỉnh Bình Phước"],
        ])
    }

    @Test func countedHoldersOfABody_takeTheBodyTheSentenceNamesFirst() {
        let a = Self.annotate("Hiện UBND tỉnh Khánh Hòa có 3 Phó Chủ tịch gồm các ông: Lê Hữu Hoàng, Nguyễn Anh Tuấn và Đinh Văn Thiệu.")
        #expect(Self.positions(a)["Nguyễn Anh Tuấn"] == ["Phó Chủ tịch | UBND tỉnh Khánh Hòa"])
        // (Not where a place "có" someone present: "Dự tại điểm cầu UBND thị xã có Tỉnh ủy viên, Bí thư Thị ủy ...".)
        let b = Self.annotate("Dự tại điểm cầu UBND thị xã Bình Long có Tỉnh ủy viên, Bí thư Thị ủy Bình Long Bùi Quốc Bảo.")
        #expect(Self.positions(b)["Bùi Quốc Bảo"]?.first == "Tỉnh ủy viên | Tỉnh ủy Bình Phước")
    }

    @Test func appointmentRightAfterTheOffice_addsTheNewPosition() {
        let a = Self.annotate("Đại tá Trần Văn Bình, Phó Chỉ huy trưởng Bộ CHQS tỉnh được điều động, bổ nhiệm giữ chức Chỉ huy trưởng Bộ CHQS tỉnh.")
        #expect(Self.positions(a) == ["Trần Văn Bình": ["Phó Chỉ huy trưởng | Bộ CHQS tỉnh Bình Phước", "Chỉ huy trưởng | Bộ CHQS tỉnh Bình Phước"]])
    }

    @Test func attendanceHeading_makesEveryNameOfItsSentenceAnAttendee() {
        let a = Self.annotate("""
            Chiều 23/2, UBND tỉnh tổ chức buổi gặp mặt các doanh nghiệp. Đến dự, về phía tỉnh có các đồng chí: Trần Văn Minh,             Chủ tịch UBND tỉnh; Lê Thị Hoa, Phó Chủ tịch UBND tỉnh; về phía thành phố có đồng chí Phạm Văn Nam, Phó Chủ tịch UBND thành phố.
            """)
        #expect(Self.roles(a) == [["Trần Văn Minh: attendee", "Lê Thị Hoa: attendee", "Phạm Văn Nam: attendee"]])
    }

    @Test func linkPhraseAfterNames_givesThemTheTitle() {
        let a = Self.annotate("Ông Trần Văn Hiệp và ông Trần Đình Văn được bầu giữ chức vụ Phó Bí thư Tỉnh ủy Lâm Đồng.")
        #expect(Self.positions(a) == [
            "Trần Văn Hiệp": ["Phó Bí thư | Tỉnh ủy Lâm Đồng"],
            "Trần Đình Văn": ["Phó Bí thư | Tỉnh ủy Lâm Đồng"],
        ])
    }

    @Test func linkPhraseAfterAnAppositive_addsTheNewPosition() {
        // Appointment news: the former office (dated by "cũ", "trước sáp nhập", a term), then the new one.
        let a = Self.annotate("""
            Ông Nguyễn Mạnh Hùng, Bí thư Tỉnh ủy Tây Ninh trước sáp nhập, được phân công giữ chức vụ Chủ tịch HĐND tỉnh Tây Ninh mới. \
            Ông Nguyễn Văn Út, Chủ tịch UBND tỉnh Long An cũ, được chỉ định giữ chức Chủ tịch UBND tỉnh Tây Ninh. \
            Đại biểu bầu ông Lê Văn Hẳn - Phó Bí thư Tỉnh ủy Tây Ninh nhiệm kỳ 2025 - 2030, giữ chức Chủ tịch UBND tỉnh Tây Ninh.
            """)
        #expect(Self.positions(a) == [
            "Nguyễn Mạnh Hùng": ["Bí thư | Tỉnh ủy Tây Ninh", "Chủ tịch | HĐND tỉnh Tây Ninh"],
            "Nguyễn Văn Út": ["Chủ tịch | UBND tỉnh Long An", "Chủ tịch | UBND tỉnh Tây Ninh"],
            "Lê Văn Hẳn": ["Phó Bí thư | Tỉnh ủy Tây Ninh", "Chủ tịch | UBND tỉnh Tây Ninh"],
        ])
        // Negative: a link phrase after another clause ("cho biết") is not this person's.
        let b = Self.annotate("Ông Nguyễn Văn Tâm, Bí thư Huyện ủy Lộc Ninh, cho biết ông Trần Văn Bình được bầu giữ chức Chủ tịch UBND huyện Lộc Ninh.")
        #expect(Self.positions(b)["Nguyễn Văn Tâm"] == ["Bí thư | Huyện ủy Lộc Ninh"])
    }

    @Test func bareUnitsOfAnArticleWithoutHost_areItsWardAndItsSameNamedProvince() {
        // The ward the article names most completes "UBND phường" and the party committee of the chain.
        let ward = CorpusHarness.extractor.annotate(Document(id: "t", text: """
            Sáng 12/8, Đảng bộ phường Xuân Hòa, TPHCM tổ chức Đại hội. Ban Chấp hành Đảng bộ phường Xuân Hòa gồm 27 thành viên. \
            Ông Nguyễn Hùng Hậu làm Phó bí thư, Chủ tịch UBND phường.
            """, published: "2025-08-12"))
        #expect(Self.positions(ward)["Nguyễn Hùng Hậu"] == ["Phó bí thư | Đảng ủy phường Xuân Hòa", "Chủ tịch | UBND phường Xuân Hòa"])
        // Undated, "tỉnh Quảng Trị" is the province before or after the 2025 merger: one name either way.
        let province = CorpusHarness.extractor.annotate(Document(id: "t", text: """
            Hôm nay 10/6, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Quảng Trị Võ Văn Hưng tiếp đoàn công tác. \
            Chủ tịch UBND tỉnh Võ Văn Hưng chúc mừng kết quả của tỉnh Quảng Trị.
            """))
        #expect(Self.positions(province)["Võ Văn Hưng"] == ["Phó Bí thư | Tỉnh ủy Quảng Trị", "Chủ tịch | UBND tỉnh Quảng Trị"])
    }

    @Test func pluralHeadingAnnouncedByGom_isEveryListedNamesTitle() {
        let a = Self.annotate("Các Phó Chủ tịch UBND tỉnh Kiên Giang nhiệm kỳ này gồm ông Mai Văn Huỳnh, Mai Anh Nhịn và Lê Thị Minh Phụng.")
        #expect(Self.positions(a) == [
            "Mai Văn Huỳnh": ["Phó Chủ tịch | UBND tỉnh Kiên Giang"],
            "Mai Anh Nhịn": ["Phó Chủ tịch | UBND tỉnh Kiên Giang"],
            "Lê Thị Minh Phụng": ["Phó Chủ tịch | UBND tỉnh Kiên Giang"],
        ])
    }

    @Test func countedTitleAndListHeading_areEveryListedNamesTitle() {
        // A count announces a plural title; each name of the list keeps its own titles in parentheses too.
        let a = Self.annotate("""
            HĐND tỉnh có hai Phó Chủ tịch HĐND tỉnh là bà Phạm Thị Xuân Trang và ông Lữ Thanh Hải. \
            Các Phó Bí thư Tỉnh ủy gồm các ông: Trần Quốc Toản (Phó Bí thư Thường trực Tỉnh ủy), Trần Quốc Văn (Chủ tịch HĐND tỉnh).
            """)
        #expect(Self.positions(a) == [
            "Phạm Thị Xuân Trang": ["Phó Chủ tịch | HĐND tỉnh Bình Phước"],
            "Lữ Thanh Hải": ["Phó Chủ tịch | HĐND tỉnh Bình Phước"],
            // The list's office gives way to the name's own more specific one.
            "Trần Quốc Toản": ["Phó Bí thư Thường trực | Tỉnh ủy Bình Phước"],
            "Trần Quốc Văn": ["Phó Bí thư | Tỉnh ủy Bình Phước", "Chủ tịch | HĐND tỉnh Bình Phước"],
        ])
        // "một" is no plural; a type word keeps a name that is no unit of its level ("UBND tỉnh Hoàng Hải Minh").
        let b = Self.annotate("Tỉnh có một Chủ tịch UBND tỉnh Hoàng Hải Minh.")
        #expect(Self.positions(b) == ["Hoàng Hải Minh": ["Chủ tịch | UBND tỉnh Bình Phước"]])
    }

    @Test func publisherHostAndMinisters_completeOrganizations() {
        func positions(_ text: String, url: String, published: String? = "2024-09-11") -> [String: [String]] {
            Self.positions(CorpusHarness.extractor.annotate(Document(id: "t", text: text, url: url, published: published)))
        }
        // A province's paper is about the province, not its same-named city.
        #expect(positions("Tham gia có đồng chí Dương Đức Huy, Ủy viên Ban Thường vụ, Trưởng ban Tuyên giáo Tỉnh ủy.",
                          url: "https://baolaocai.vn/a-post1.html")
                == ["Dương Đức Huy": ["Ủy viên Ban Thường vụ | Tỉnh ủy Lào Cai", "Trưởng ban | ban Tuyên giáo Tỉnh ủy Lào Cai"]])
        // A national outlet's name is no place ("Tiền Phong" is also a commune's): the places named decide.
        #expect(positions("Ông Dương Sà Kha, Ủy viên Ban Thường vụ Tỉnh ủy, về công tác tại tỉnh Sóc Trăng. Sóc Trăng có nhiều đổi mới.",
                          url: "https://tienphong.vn/a-post1.tpo")
                == ["Dương Sà Kha": ["Ủy viên Ban Thường vụ | Tỉnh ủy Sóc Trăng"]])
        // A portal filing articles by province, and a host with a dashed province name ("Bà Rịa - Vũng Tàu").
        #expect(positions("Sáng 25/9, đồng chí Trần Quốc Nam, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh chủ trì phiên họp.",
                          url: "https://vietnam.vn/ninhthuan/tag/dong-chi-tran-quoc-nam/page/2")
                == ["Trần Quốc Nam": ["Phó Bí thư | Tỉnh ủy Ninh Thuận", "Chủ tịch | UBND tỉnh Ninh Thuận"]])
        #expect(positions("Ông Phạm Viết Thanh, Bí thư Tỉnh ủy dự hội nghị.", url: "http://baobariavungtau.com.vn/chinh-tri/202108/a-933677/")
                == ["Phạm Viết Thanh": ["Bí thư | Tỉnh ủy Bà Rịa - Vũng Tàu"]])
        // A city's portal named "<city>city": the city, whatever other place a name in the article holds.
        #expect(positions("Đồng chí Nguyễn Xuân Thắng, Giám đốc Học viện Chính trị quốc gia Hồ Chí Minh làm việc với thành phố. "
                          + "Tham dự có Chủ tịch Hội đồng nhân dân thành phố Nguyễn Nho Trung.", url: "http://danangcity.gov.vn/web/guest/?id=28220")
                == ["Nguyễn Xuân Thắng": ["Giám đốc | Học viện Chính trị quốc gia Hồ Chí Minh"],
                    "Nguyễn Nho Trung": ["Chủ tịch | Hội đồng nhân dân thành phố Đà Nẵng"]])
        // A district's portal under its province: the district of that province, with or without a publication date
        // ("chauthanh.soctrang.gov.vn": the Châu Thành of Sóc Trăng; "tanhong.dongthap.gov.vn" though the province merged).
        #expect(positions("Ông Lê Văn Hải, Chủ tịch UBND huyện phát biểu.", url: "https://chauthanh.soctrang.gov.vn/a")
                == ["Lê Văn Hải": ["Chủ tịch | UBND huyện Châu Thành"]])
        #expect(positions("Ông Lê Văn Hải, Chủ tịch UBND huyện, Ủy viên Ban Thường vụ Tỉnh ủy phát biểu.", url: "https://tanhong.dongthap.gov.vn/web/a",
                          published: nil)
                == ["Lê Văn Hải": ["Chủ tịch | UBND huyện Tân Hồng", "Ủy viên Ban Thường vụ | Tỉnh ủy Đồng Tháp"]])
        // A minister's sector is the ministry.
        #expect(positions("Bộ trưởng Ngoại giao Bùi Thanh Sơn dẫn đầu đoàn công tác.", url: "https://baolangson.vn/a")
                == ["Bùi Thanh Sơn": ["Bộ trưởng | Bộ Ngoại giao"]])
    }

    @Test func givenNameAfterHonorific_refersBackOnlyWhenUnambiguous() {
        let a = Self.annotate("Đồng chí Nguyễn Văn Lợi, Bí thư Tỉnh ủy, làm việc với huyện. Đồng chí Lợi đề nghị huyện chủ động. Ông Nguyễn Văn An, Giám đốc Sở Y tế và ông Trần Văn An, Giám đốc Công an tỉnh cùng dự. Ông An cho biết kết quả.")
        let loi = a.officials.first { $0.name == "Nguyễn Văn Lợi" }
        #expect(loi?.mentions.map(\.start) == [9, 70])
        // "Ông An" could be either An: it is merged with neither.
        #expect(a.officials.first { $0.name == "Nguyễn Văn An" }?.mentions.count == 1)
        #expect(a.officials.first { $0.name == "Trần Văn An" }?.mentions.count == 1)
        #expect(Self.positions(a)["Trần Văn An"] == ["Giám đốc | Công an tỉnh Bình Phước"])
    }

    @Test func roleWordsInsideATitle_giveNoRole() {
        // "Trưởng Đoàn đại biểu Quốc hội" is an office, not a delegation the person leads.
        let a = Self.annotate("""
            Ngày 3/10, Đại hội đại biểu Đảng bộ tỉnh khai mạc. Dự đại hội có đồng chí Nguyễn Văn An, Bí thư Tỉnh ủy. \
            Các Phó Bí thư Tỉnh ủy gồm ông Trần Văn Bình, Phó Bí thư Tỉnh ủy, Trưởng Đoàn đại biểu Quốc hội tỉnh.
            """)
        #expect(Self.roles(a) == [["Nguyễn Văn An: attendee"]])
        // An ad-hoc leader is one: "Đoàn công tác do ông X làm trưởng đoàn".
        let b = Self.annotate("Chiều 8/10, đoàn công tác của Bộ Y tế do Thứ trưởng Đỗ Xuân Tuyên làm trưởng đoàn đã đến kiểm tra tại tỉnh.")
        #expect(Self.roles(b) == [["Đỗ Xuân Tuyên: delegation_head"]])
    }

    @Test func officeOpeningItsSentence_isTheNameAfterLa() {
        let a = Self.annotate("Chủ tịch UBND tỉnh Tuyên Quang được chỉ định là ông Phan Huy Ngọc. Tân Bí thư Tỉnh ủy là đồng chí Hầu A Lềnh.")
        #expect(Self.positions(a) == ["Phan Huy Ngọc": ["Chủ tịch | UBND tỉnh Tuyên Quang"], "Hầu A Lềnh": ["Bí thư | Tỉnh ủy Bình Phước"]])
        // (Not when the office's own sentence goes on before "là": the name is someone else's.)
        let b = Self.annotate("Phó Chủ tịch UBND tỉnh cho biết người vi phạm là ông Trần Văn Cường.")
        #expect(Self.positions(b).isEmpty)
    }

    @Test func foreignDelegationsLeader_holdsTheOfficesOfTheDelegationsProvince() {
        let a = Self.annotate("""
            Sáng 14/9, Đoàn đại biểu cấp cao tỉnh Sê Kông nước Cộng hòa Dân chủ Nhân dân Lào do đồng chí Lếch-lay Sỉ-vi-lay, \
            Ủy viên Ban Chấp hành Trung ương Đảng Nhân dân Cách mạng Lào, Bí thư, Tỉnh trưởng làm Trưởng đoàn sang thăm tỉnh.
            """)
        #expect(Self.positions(a)["Lếch-lay Sỉ-vi-lay"] == ["Ủy viên Ban Chấp hành Trung ương | Đảng Nhân dân Cách mạng Lào",
                                                            "Bí thư | Tỉnh ủy Sê Kông", "Tỉnh trưởng | tỉnh Sê Kông"])
        #expect(Self.roles(a) == [["Lếch-lay Sỉ-vi-lay: delegation_head"]])
    }

    @Test func roleWordsInsideAnOrganizationsName_giveNoRole_andADeputyHeadIsAMember() {
        let a = Self.annotate("""
            Đoàn số 1 do ông Võ Trọng Hải - Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo Phòng, chống dịch COVID-19 tỉnh làm trưởng \
            đoàn; ông Lê Hồng Nhân - Chỉ huy trưởng Bộ CHQS tỉnh làm phó đoàn. Đoàn sẽ kiểm tra tại huyện Thạch Hà.
            """)
        #expect(Self.roles(a) == [["Võ Trọng Hải: delegation_head", "Lê Hồng Nhân: delegation_member"]])
    }

    @Test func cueAfterALongChainOfTitles_isStillTheNames_butAReportHeardIsNot() {
        let a = Self.annotate("""
            Ngày 21/7, tại Nhà văn hóa thị trấn Liễu Đề, đồng chí Phạm Đình Nghị, Chủ tịch Ủy ban nhân dân tỉnh Nam Định đã dành \
            hơn 4 giờ để chủ trì buổi đối thoại trực tiếp với người dân.
            """)
        #expect(Self.roles(a) == [["Phạm Đình Nghị: chair"]])
        let b = Self.annotate("""
            Sáng 18/8, Chủ tịch UBND tỉnh Lê Trí Thanh có buổi kiểm tra tình hình phòng chống dịch tại huyện Duy Xuyên. \
            Chủ tịch UBND tỉnh Lê Trí Thanh nghe lãnh đạo huyện Duy Xuyên báo cáo về hoạt động của chợ Nam Phước.
            """)
        #expect(Self.roles(b) == [["Lê Trí Thanh: attendee"]])
    }

    @Test func cueRightAfterOneListItem_isThatItemsAlone() {
        let a = Self.annotate("""
            Hội nghị được kết nối trực tuyến đến 63 tỉnh, thành. Tại điểm cầu tỉnh Nghệ An có sự tham dự của các đồng chí: Thái \
            Thanh Quý - Bí thư Tỉnh ủy chủ trì; Nguyễn Văn Thông - Phó Bí thư Thường trực Tỉnh ủy.
            """)
        #expect(Self.roles(a) == [["Thái Thanh Quý: chair", "Nguyễn Văn Thông: attendee"]])
    }

    @Test func bareTypeWordAfterAFrontedVenue_isThatVenuesUnit() {
        let a = Self.annotate("Sáng 2/9, tại xã Hòa Bắc, huyện Hòa Vang, thành phố Đà Nẵng, Chủ tịch UBND huyện Nguyễn Văn Bình kiểm tra công tác phòng chống dịch.")
        #expect(Self.positions(a) == ["Nguyễn Văn Bình": ["Chủ tịch | UBND huyện Hòa Vang"]])
    }

    @Test func localOutletsTag_placesAnArticleItsHostDoesNot() {
        let d = Document(id: "t", text: "Kinhtedothi - Chiều 8/2, Ủy viên Bộ Chính trị, Bí thư Thành ủy Vương Đình Huệ đã thăm các lực lượng.",
                         url: "https://kinhtedothi.vn/tag/khong-de-lay-nhiem-cheo", published: "2022-02-08")
        #expect(Self.positions(CorpusHarness.extractor.annotate(d))["Vương Đình Huệ"] == ["Ủy viên Bộ Chính trị | -", "Bí thư | Thành ủy Hà Nội"])
    }

    @Test func eachItemOfADecisionsList_isTheOfficeOfItsName() {
        let a = Self.annotate("""
            Chủ tịch Quốc hội vừa phê chuẩn kết quả bầu: Chủ tịch Hội đồng Nhân dân tỉnh Hậu Giang khóa X đối với ông Trần Văn \
            Huyến kể từ ngày 22/6/2021; Chủ tịch Hội đồng Nhân dân tỉnh Điện Biên khóa XV đối với ông Lò Văn Phương kể từ ngày 29/6/2021.
            """)
        #expect(Self.positions(a)["Trần Văn Huyến"] == ["Chủ tịch | Hội đồng Nhân dân tỉnh Hậu Giang"])
        #expect(Self.positions(a)["Lò Văn Phương"] == ["Chủ tịch | Hội đồng Nhân dân tỉnh Điện Biên"])
    }

    @Test func provincesPartyOrganization_isNoCommunesAndHasNoDangUy() {
        let d = Document(id: "t", text: """
            Ngày 6-8, Đảng bộ xã Phú Lương tổ chức Đại hội. Dự Đại hội có các đồng chí: Hoàng Ngọc Định, Ủy viên Ban Chấp hành \
            Đảng bộ tỉnh, Phó Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh; Mai Đức Thông, Ủy viên Ban Chấp hành Đảng bộ tỉnh, Bí thư \
            Đảng ủy, Tổng Biên tập Báo Tuyên Quang. Xã Phú Lương có 1.080 đảng viên.
            """, url: "https://baotuyenquang.com.vn/a", published: "2025-08-06")
        let p = Self.positions(CorpusHarness.extractor.annotate(d))
        #expect(p["Hoàng Ngọc Định"]?.first == "Ủy viên Ban Chấp hành | Đảng bộ tỉnh Tuyên Quang")
        #expect(p["Mai Đức Thông"]?.contains("Bí thư | Đảng ủy Báo Tuyên Quang") == true)
    }

    @Test func receivingAndWorkingWithAGuest_isTheHost() {
        let a = Self.annotate("Chiều 15/3, tại trụ sở UBND tỉnh, đồng chí Nguyễn Văn Út, Phó Chủ tịch UBND tỉnh tiếp và làm việc với ngài Hiroshi Tanaka, Tổng Lãnh sự Nhật Bản tại Thành phố Hồ Chí Minh.")
        #expect(Self.roles(a).first?.first == "Nguyễn Văn Út: host")
    }

    @Test func deputysOfficeWrittenWithPho_isCanonicallyTheDeputys() {
        let a = Self.annotate("Ông Trần Văn Bình, Phó CT UBND xã dự hội nghị.")
        #expect(a.officials.first?.positions.first?.attributes["canonical"]?.stringValue == "Phó Chủ tịch")
        #expect(a.entities.first { $0.type == .title }?.attributes["canonical"]?.stringValue == "Phó Chủ tịch")
    }

    @Test func abbreviatedTitleJoinedToItsBodyByADot_holdsThatBody() {
        let a = Self.annotate("Bà Phạm Thị Dung, PCT.HĐND huyện dự. Ông Lê Văn Cường - CT.UBND xã chủ trì.")
        #expect(Self.positions(a) == ["Phạm Thị Dung": ["PCT | HĐND huyện"], "Lê Văn Cường": ["CT | UBND xã"]])
    }

    @Test func attendingAndChairingAtOnce_isTheChair() {
        let a = Self.annotate("Sáng 27/4, Ban Thường vụ Tỉnh ủy tổ chức hội nghị. Đồng chí Nguyễn Thị Thanh, Bí thư Tỉnh ủy dự và chủ trì hội nghị.")
        #expect(Self.roles(a) == [["Nguyễn Thị Thanh: chair"]])
    }

    @Test func eventsVenue_isThePlaceTaiNames_neverTheEndOfARoute() {
        // The venue after "tại", not the province of the organization named first.
        let a = Self.annotate("Ngày 5/8, Bí thư Tỉnh ủy Thanh Hóa Trịnh Văn Chiến đã đến kiểm tra công tác khắc phục hậu quả mưa lũ tại huyện Quan Sơn.")
        #expect(a.events.map(\.place) == ["huyện Quan Sơn"])
        // Two places joined by a dash are a route's ends, no venue.
        let b = Self.annotate("Ngày 21/2, đồng chí Nguyễn Xuân Ký, Bí thư Tỉnh ủy chủ trì cuộc họp về đầu tư đường nối cao tốc Hạ Long - Hải Phòng đến thị xã Đông Triều.")
        #expect(b.events.map(\.place) == ["thị xã Đông Triều"])
        // A place inside an organization's name is where the body is, no venue when another place is named.
        let d = Self.annotate("Sáng 7-6, đoàn công tác do Chủ tịch UBND tỉnh Kiên Giang Lâm Minh Thành làm trưởng đoàn đã khảo sát các công trình thuộc huyện An Biên.")
        #expect(d.events.map(\.place) == ["huyện An Biên"])
        // The seat "tại" names, never where the epidemic is.
        let e = Self.annotate("""
            Trước diễn biến của dịch COVID-19 tại Quảng Ninh, Thủ tướng Chính phủ Nguyễn Xuân Phúc đã triệu tập cuộc họp khẩn, \
            tại phòng họp thuộc Trung tâm Hội nghị Quốc gia Mỹ Đình.
            """)
        #expect(e.events.map(\.place) == ["Trung tâm Hội nghị Quốc gia Mỹ Đình"])
        // An inspection of the epidemic's prevention at a seat; a guest's country is no venue.
        let f = Self.annotate("Ngày 5/5, đoàn công tác của Bộ Y tế do Thứ trưởng Nguyễn Trường Sơn làm trưởng đoàn đã đến kiểm tra công tác phòng, chống dịch tại Bệnh viện Đa khoa tỉnh.")
        #expect(f.events.map(\.place) == ["Bệnh viện Đa khoa tỉnh"])
        let g = Self.annotate("Sáng 20/4, Bí thư Tỉnh ủy Lê Quang Tùng tiếp Đại sứ Hàn Quốc tại Việt Nam Park Noh-wan đến chào xã giao.")
        #expect(g.events.map(\.place) == [nil])
    }

    @Test func officeWrittenWithItsPlace_winsOverTheArticlesOtherPlaces() {
        // Titles joined by dashes form one chain; the place written in it completes the chain's bare "Tỉnh ủy"; the
        // same office in the headline, placed only by the article, gives way; a body's place outweighs a mentioned one.
        let a = CorpusHarness.extractor.annotate(Document(id: "t", text: """
            Chủ tịch UBND tỉnh Trần Trí Quang kiểm tra các công trình trọng điểm

            Sáng ngày 10/7, ông Trần Trí Quang – Phó Bí thư Tỉnh ủy – Chủ tịch Ủy ban nhân dân tỉnh Đồng Tháp đã dẫn đầu đoàn \
            khảo sát. Đi cùng đoàn có ông Trần Văn Dũng – Phó Chủ tịch Thường trực Ủy ban nhân dân tỉnh.

            Đoàn khảo sát dự án trên địa phận tỉnh Tiền Giang kết nối với tỉnh Long An.
            """, published: "2025-07-10"))
        // (The headline's "UBND tỉnh" and the text's "Ủy ban nhân dân tỉnh Đồng Tháp" are one office.)
        #expect(Self.positions(a)["Trần Trí Quang"] == ["Chủ tịch | UBND tỉnh Đồng Tháp", "Phó Bí thư | Tỉnh ủy Đồng Tháp"])
        #expect(Self.positions(a)["Trần Văn Dũng"] == ["Phó Chủ tịch Thường trực | Ủy ban nhân dân tỉnh Đồng Tháp"])
    }

    @Test func listsSharedOffice_givesWayToTheOwnMoreSpecificOne() {
        let a = Self.annotate("""
            Các phó bí thư gồm: Ông Huỳnh Quốc Việt, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; \
            ông Phạm Văn Thiều, Phó Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh.
            """)
        #expect(Self.positions(a)["Huỳnh Quốc Việt"] == ["Phó Bí thư Thường trực | Tỉnh ủy Bình Phước", "Chủ tịch | Ủy ban MTTQ Việt Nam tỉnh Bình Phước"])
        #expect(Self.positions(a)["Phạm Văn Thiều"] == ["Phó Bí thư | Tỉnh ủy Bình Phước", "Chủ tịch | HĐND tỉnh Bình Phước"])
    }

    @Test func bareCommittee_takesItsPlaceAsTheArticleWritesItAfterThatCommittee() {
        let a = Self.annotate("""
            Tham dự có ông Lê Hoàng Hải, Ủy viên Ban Thường vụ Thành ủy, Phó Trưởng Ban Tuyên giáo và Dân vận Thành ủy TP.HCM.
            """)
        #expect(Self.positions(a)["Lê Hoàng Hải"] == ["Ủy viên Ban Thường vụ | Thành ủy TP.HCM", "Phó Trưởng Ban | Ban Tuyên giáo và Dân vận Thành ủy TP.HCM"])
        // Never written with its place: the unit's name.
        let b = Self.annotate("Ông Trần Văn Nam, Phó Bí thư Thành ủy, Chủ tịch UBND thành phố Cần Thơ dự hội nghị.")
        #expect(Self.positions(b)["Trần Văn Nam"] == ["Phó Bí thư | Thành ủy Cần Thơ", "Chủ tịch | UBND thành phố Cần Thơ"])
    }

    @Test func delegationOfDeputies_isNamedAsItsTitleWritesIt() {
        let a = Self.annotate("""
            Chủ tịch HĐND tỉnh, Trưởng đoàn ĐBQH tỉnh Thái Thanh Quý dự hội nghị. \
            Ông Nguyễn Thanh Hải, Trưởng đoàn đại biểu Quốc hội tỉnh Thái Nguyên, phát biểu.
            """)
        #expect(Self.positions(a)["Thái Thanh Quý"] == ["Chủ tịch | HĐND tỉnh Bình Phước", "Trưởng đoàn ĐBQH | Đoàn ĐBQH tỉnh Bình Phước"])
        #expect(Self.positions(a)["Nguyễn Thanh Hải"] == ["Trưởng đoàn đại biểu Quốc hội | Đoàn đại biểu Quốc hội tỉnh Thái Nguyên"])
    }

    @Test func sentencesSubject_takesTheOfficeAGiuChucFurtherOnNames() {
        let a = Self.annotate("""
            Các đại biểu thông qua nghị quyết đối với ông Nguyễn Văn Út. Ông Út được điều động tham gia Ban Chấp hành, \
            Ban Thường vụ và giữ chức Phó Bí thư Tỉnh ủy Đồng Nai.
            """)
        #expect(Self.positions(a)["Nguyễn Văn Út"] == ["Phó Bí thư | Tỉnh ủy Đồng Nai"])
        // After an appositive, too: "đồng chí A, Bí thư Tỉnh ủy Kiên Giang tham gia Ban Chấp hành, Ban Thường vụ và giữ chức ...".
        let c = Self.annotate("""
            Bộ Chính trị điều động đồng chí Đỗ Thanh Bình, Bí thư Tỉnh ủy Kiên Giang tham gia Ban Chấp hành, Ban Thường vụ và \
            giữ chức Bí thư Thành ủy Cần Thơ.
            """)
        #expect(Self.positions(c)["Đỗ Thanh Bình"] == ["Bí thư | Tỉnh ủy Kiên Giang", "Bí thư | Thành ủy Cần Thơ"])
        // Not across another name: "Ông A cho biết ông B giữ chức ..." is B's office.
        let b = Self.annotate("Ông Trần Văn An cho biết ông Lê Văn Bình sẽ giữ chức Phó Chủ tịch UBND tỉnh.")
        #expect(Self.positions(b)["Trần Văn An"] == nil)
    }

    @Test func officeADecisionNamesBeforeDoiVoi_isThePersons_whoIsNoAttendee() {
        let a = Self.annotate("""
            Chiều 18/11, HĐND tỉnh tổ chức kỳ họp thứ 6. Tại kỳ họp, các đại biểu thông qua nghị quyết miễn nhiệm chức vụ \
            Chủ tịch UBND tỉnh đối với ông Nguyễn Văn Út. Chủ tịch HĐND tỉnh Trần Văn Bình chủ trì kỳ họp.
            """)
        #expect(Self.positions(a)["Nguyễn Văn Út"] == ["Chủ tịch | UBND tỉnh Bình Phước"])
        #expect(Self.roles(a) == [["Trần Văn Bình: chair"]])
    }

    @Test func termOfOfficeInAChain_andListItemsOnLinesOfTheirOwn() {
        let a = Self.annotate("""
            Thủ tướng Chính phủ chỉ định các Phó Chủ tịch UBND TP Hải Phòng, nhiệm kỳ 2021 - 2026, gồm:
            Ông Lê Anh Quân, Ủy viên Ban Thường vụ Thành ủy Hải Phòng nhiệm kỳ 2020 - 2025, Phó Chủ tịch Thường trực UBND TP Hải Phòng;
            Ông Trần Văn Quân, Ủy viên Ban Chấp hành Đảng bộ tỉnh Hải Dương nhiệm kỳ 2020 - 2025, Phó Chủ tịch UBND tỉnh Hải Dương.
            """)
        #expect(Self.positions(a)["Lê Anh Quân"] == ["Ủy viên Ban Thường vụ | Thành ủy Hải Phòng", "Phó Chủ tịch Thường trực | UBND TP Hải Phòng"])
        #expect(Self.positions(a)["Trần Văn Quân"]
                == ["Phó Chủ tịch | UBND TP Hải Phòng", "Ủy viên Ban Chấp hành | Đảng bộ tỉnh Hải Dương", "Phó Chủ tịch | UBND tỉnh Hải Dương"])
    }

    @Test func bareDangUy_isTheCommitteeOfThePartyOrganizationItsSentenceNames() {
        let a = Self.annotate("""
            Đảng bộ Công an tỉnh được thành lập, Thiếu tướng Nguyễn Thanh Liêm - Giám đốc Công an tỉnh Quảng Trị giữ chức Bí thư Đảng ủy.
            """)
        #expect(Self.positions(a)["Nguyễn Thanh Liêm"] == ["Giám đốc | Công an tỉnh Quảng Trị", "Bí thư | Đảng ủy Công an tỉnh Quảng Trị"])
    }

    @Test func unitAfterAHeadsTitle_isItsCommitteeOrPartyCommittee() {
        let a = Self.annotate("""
            Chủ tịch tỉnh Quảng Trị Võ Văn Hưng phát biểu. Ông Hà Văn Trọng, Phó Bí thư TP. Hà Tĩnh, dự họp. Ông Trần Văn Nam, \
            Bí thư quận Bắc Từ Liêm, dự họp.
            """)
        #expect(Self.positions(a)["Võ Văn Hưng"] == ["Chủ tịch | UBND tỉnh Quảng Trị"])
        #expect(Self.positions(a)["Hà Văn Trọng"] == ["Phó Bí thư | Thành ủy Hà Tĩnh"])
        #expect(Self.positions(a)["Trần Văn Nam"] == ["Bí thư | Quận ủy Bắc Từ Liêm"])
    }

    @Test func delegationsListAfterTrongDoan_namesItsMembers() {
        let a = Self.annotate("""
            Chiều 8/4, Bí thư Tỉnh ủy Trần Văn Túy tiếp và làm việc với Đoàn văn nghệ sỹ Hà Nội do NSND Lê Tiến Thọ, nguyên Thứ trưởng Bộ Văn hóa, Thể thao và Du lịch làm trưởng đoàn. \
            Trong đoàn văn nghệ sỹ còn có: Họa sỹ Trần Khánh Chương, Chủ tịch hội Mỹ Thuật Việt Nam; Nhạc sỹ Phó Đức Phương, Giám \
            đốc Trung tâm Bảo vệ quyền tác giả âm nhạc Việt Nam.
            """)
        #expect(Self.roles(a) == [["Trần Văn Túy: host", "Lê Tiến Thọ: delegation_head", "Trần Khánh Chương: delegation_member",
                                   "Phó Đức Phương: delegation_member"]])
    }

    @Test func electionsOfficeBeforeDoiVoi_isSharedByTheNamesListed() {
        let a = Self.annotate("""
            Các đại biểu bầu bổ sung Ủy viên UBND tỉnh Kiên Giang nhiệm kỳ 2016-2021, đối với ông Lê Việt Bắc, Giám đốc Sở GTVT tỉnh \
            Kiên Giang (số phiếu 55/60) và ông Nguyễn Hoàng Thông, Giám đốc Sở Nội vụ tỉnh Kiên Giang (số phiếu 56/60).
            """)
        #expect(Self.positions(a)["Lê Việt Bắc"] == ["Ủy viên | UBND tỉnh Kiên Giang", "Giám đốc | Sở GTVT tỉnh Kiên Giang"])
        #expect(Self.positions(a)["Nguyễn Hoàng Thông"] == ["Ủy viên | UBND tỉnh Kiên Giang", "Giám đốc | Sở Nội vụ tỉnh Kiên Giang"])
    }

    @Test func foreignGovernorsBodies_areTheirProvinceAndItsPartyCommittee() {
        let a = Self.annotate("""
            Đồng chí Souphan Keomyxay, Bí thư - Tỉnh trưởng tỉnh Savannakhet, Cộng hòa Dân chủ Nhân dân Lào dẫn đầu đoàn. \
            Đoàn đại biểu tỉnh Kampong Thom, Vương quốc Campuchia do ngài Sok Lu - Tỉnh trưởng làm trưởng đoàn. \
            Ngày 19.2, lãnh đạo tỉnh Salavan, Nam Lào do Bí thư, Tỉnh trưởng Phoxay Xayasone dẫn đầu có buổi tiếp đón.
            """)
        #expect(Self.positions(a)["Souphan Keomyxay"] == ["Bí thư | Tỉnh ủy Savannakhet", "Tỉnh trưởng | tỉnh Savannakhet"])
        #expect(Self.positions(a)["Sok Lu"] == ["Tỉnh trưởng | tỉnh Kampong Thom"])
        #expect(Self.positions(a)["Phoxay Xayasone"] == ["Bí thư | Tỉnh ủy Salavan", "Tỉnh trưởng | tỉnh Salavan"])
    }

    @Test func electedByAVoteOfConfidence_takesTheOffice() {
        let a = Self.annotate("Đồng chí Phương Thị Thanh được tín nhiệm bầu giữ chức vụ Phó Bí thư Tỉnh ủy Bắc Kạn.")
        #expect(Self.positions(a)["Phương Thị Thanh"] == ["Phó Bí thư | Tỉnh ủy Bắc Kạn"])
    }

    @Test func bareMinister_isOfTheOneMinistryTheArticleNames() {
        let a = Self.annotate("Đoàn làm việc với lãnh đạo Bộ Thông tin và Truyền thông. Về phía Bộ có Bộ trưởng Nguyễn Bắc Son.")
        #expect(Self.positions(a)["Nguyễn Bắc Son"] == ["Bộ trưởng | Bộ Thông tin và Truyền thông"])
        // Two ministries named: no guess.
        let b = Self.annotate("Bộ Y tế và Bộ Công an phối hợp. Bộ trưởng Nguyễn Văn An phát biểu.")
        #expect(Self.positions(b)["Nguyễn Văn An"] == ["Bộ trưởng | -"])
    }

    @Test func shortAsideAfterAName_isPassedOverToItsTitles() {
        let a = Self.annotate("""
            Ông Hoàng Văn Trà (SN 1964), Phó Bí thư Tỉnh ủy Phú Yên được bầu giữ chức Chủ tịch UBND tỉnh. HĐND tỉnh cũng đã bầu \
            ông Nguyễn Chí Hiến (sinh năm 1960) Giám đốc Sở Kế hoạch và Đầu tư tỉnh Phú Yên.
            """)
        #expect(Self.positions(a)["Hoàng Văn Trà"]?.first == "Phó Bí thư | Tỉnh ủy Phú Yên")
        #expect(Self.positions(a)["Nguyễn Chí Hiến"]?.first == "Giám đốc | Sở Kế hoạch và Đầu tư tỉnh Phú Yên")
    }

    @Test func officeADecisionNamesWithChucDanh_orBeforeVoi_isThePersons() {
        let a = Self.annotate("""
            Chiều 13/11, HĐND tỉnh đã thông qua nghị quyết miễn nhiệm chức danh Phó Chủ tịch UBND tỉnh đối với ông Nguyễn Trọng \
            Đông do nhận nhiệm vụ mới. HĐND tỉnh cũng đã bầu bổ sung chức danh Phó Chủ tịch UBND tỉnh với ông Nguyễn Xuân Lưu.
            """)
        #expect(Self.positions(a)["Nguyễn Trọng Đông"] == ["Phó Chủ tịch | UBND tỉnh Bình Phước"])
        #expect(Self.positions(a)["Nguyễn Xuân Lưu"] == ["Phó Chủ tịch | UBND tỉnh Bình Phước"])
        // Not a meeting "với" someone: "làm việc với ông A" gives no office.
        let b = Self.annotate("Phó Chủ tịch UBND tỉnh Trần Văn Tân làm việc với ông Lê Văn Bình về dự án.")
        #expect(Self.positions(b)["Lê Văn Bình"] == nil)
    }

    @Test func titlesAfterAnotherNamesDash_areThatNamesAppositive() {
        let a = Self.annotate("""
            Sáng 18/8, Chủ tịch UBND tỉnh Lê Trí Thanh - Trưởng ban Chỉ đạo phòng chống dịch Covid-19, Phó Chủ tịch UBND tỉnh \
            Trần Văn Tân kiểm tra công tác phòng dịch.
            """)
        #expect(Self.positions(a)["Trần Văn Tân"] == ["Phó Chủ tịch | UBND tỉnh Bình Phước"])
    }

    @Test func dashJoinedTitlesBeforeAName_areThatNamesChain() {
        // Commas part the names of a list; dashes join one name's titles, before the name as after it.
        let a = Self.annotate("""
            Tiếp đoàn có Ủy viên Trung ương Đảng - Bí thư Tỉnh ủy Lê Đức Thọ, Phó Bí thư Thường trực Tỉnh ủy - Chủ tịch HĐND tỉnh \
            Hồ Thị Hoàng Yến cùng lãnh đạo UBND tỉnh.
            """)
        #expect(Self.positions(a)["Lê Đức Thọ"] == ["Ủy viên Trung ương Đảng | -", "Bí thư | Tỉnh ủy Bình Phước"])
        #expect(Self.positions(a)["Hồ Thị Hoàng Yến"] == ["Phó Bí thư Thường trực | Tỉnh ủy Bình Phước", "Chủ tịch | HĐND tỉnh Bình Phước"])
    }

    @Test func sideNamedBeforeTheDelegates_placesTheirBareOffices() {
        let a = Self.annotate("""
            Đến dự, về phía tỉnh Hà Giang có đồng chí Sèn Chỉn Ly, Phó Chủ tịch UBND tỉnh; về phía TP Hồ Chí Minh có đồng chí \
            Hứa Ngọc Thuận, Phó Chủ tịch UBND thành phố.
            """)
        #expect(Self.positions(a)["Sèn Chỉn Ly"] == ["Phó Chủ tịch | UBND tỉnh Hà Giang"])
        #expect(Self.positions(a)["Hứa Ngọc Thuận"] == ["Phó Chủ tịch | UBND thành phố Hồ Chí Minh"])
    }

    @Test func provinceFrontedByDoiVoi_placesTheBareOfficesAfterIt() {
        // "đối với tỉnh X," fronts the province its sentence speaks of, even in an article about another one.
        let a = Self.annotate("""
            Đối với tỉnh Đồng Nai, Thủ tướng phê chuẩn chức danh Ủy viên UBND tỉnh đối với ông Nguyễn Quốc Hùng, Giám đốc Sở Tài chính. \
            Đối với tỉnh Hà Tĩnh, Thủ tướng phê chuẩn đối với ông Trần Tú Anh, Giám đốc Sở Nội vụ.
            """)
        #expect(Self.positions(a)["Nguyễn Quốc Hùng"]?.last == "Giám đốc | Sở Tài chính tỉnh Đồng Nai")
        #expect(Self.positions(a)["Trần Tú Anh"] == ["Giám đốc | Sở Nội vụ tỉnh Hà Tĩnh"])
    }

    @Test func delegationWithItsLeader_andOwnersNamedInPassing() {
        // "X và đoàn công tác" is X's delegation; "dưới sự chủ trì của X" gives X the chair; a name after "của" or "đối
        // với" ("quê hương của Chủ tịch ...") is no one present.
        let a = Self.annotate("""
            Sáng 21/9, Bí thư Tỉnh ủy Nguyễn Văn Lợi và đoàn công tác đã đến thăm xã Lộc Thành, quê hương của Chủ tịch \
            Tôn Đức Thắng.
            """)
        #expect(Self.roles(a) == [["Nguyễn Văn Lợi: delegation_head"]])
        let b = Self.annotate("Chiều 21/9, Ban Chỉ đạo tỉnh họp dưới sự chủ trì của Phó Chủ tịch UBND tỉnh Trần Văn Mi.")
        #expect(Self.roles(b) == [["Trần Văn Mi: chair"]])
        // (Over a two-word honorific too: a speech relayed at a conference is its author's, who is not there.)
        let c = Self.annotate("""
            Ngày 9/4, Tỉnh ủy tổ chức hội nghị. Bí thư Tỉnh ủy Chẩu Văn Lâm quán triệt bài phát biểu của đồng chí Tổng Bí thư \
            Nguyễn Phú Trọng tại phiên họp đầu tiên.
            """)
        #expect(Self.roles(c) == [["Chẩu Văn Lâm: speaker"]])
    }

    @Test func officeLeftAndOfficeTaken_areBothPositions() {
        let a = Self.annotate("""
            Các đại biểu đã biểu quyết miễn nhiệm chức vụ Chủ tịch UBND TP Cần Thơ đối với ông Trần Văn Lâu (do đã được Bộ \
            Chính trị chỉ định giữ chức Bí thư Tỉnh ủy Vĩnh Long).
            """)
        #expect(Self.positions(a)["Trần Văn Lâu"] == ["Chủ tịch | UBND TP Cần Thơ", "Bí thư | Tỉnh ủy Vĩnh Long"])
    }

    @Test func headingAfterLa_isEveryListedNamesTitle_acrossTheirOwnTitles() {
        let a = Self.annotate("""
            Cùng dự có các đồng chí là Ủy viên Ban Thường vụ Tỉnh ủy: Vũ Duy Hoàng, Trưởng Ban Tuyên giáo Tỉnh ủy; Hoàng Văn \
            Hùng, Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy.
            """)
        #expect(Self.positions(a)["Vũ Duy Hoàng"]
                == ["Ủy viên Ban Thường vụ | Tỉnh ủy Bình Phước", "Trưởng Ban | Ban Tuyên giáo Tỉnh ủy Bình Phước"])
        #expect(Self.positions(a)["Hoàng Văn Hùng"]
                == ["Ủy viên Ban Thường vụ | Tỉnh ủy Bình Phước", "Chủ nhiệm | Ủy ban Kiểm tra Tỉnh ủy Bình Phước"])
    }

    @Test func nominatedOffice_andOfficeLeftBeforeAnAppositive_arePositions() {
        let a = Self.annotate("""
            Nhân sự được giới thiệu bầu giữ chức Phó Chủ tịch UBND tỉnh khóa XVI, nhiệm kỳ 2016 – 2021 là đồng chí Lại Văn Hoàn \
            - Tỉnh ủy viên, Bí thư Huyện ủy Lộc Ninh và đồng chí Trần Thị Bích Hằng - Giám đốc Sở Y tế.
            """)
        #expect(Self.positions(a)["Lại Văn Hoàn"]
                == ["Phó Chủ tịch | UBND tỉnh Bình Phước", "Tỉnh ủy viên | Tỉnh ủy Bình Phước", "Bí thư | Huyện ủy Lộc Ninh"])
        #expect(Self.positions(a)["Trần Thị Bích Hằng"] == ["Phó Chủ tịch | UBND tỉnh Bình Phước", "Giám đốc | Sở Y tế tỉnh Bình Phước"])
        let b = Self.annotate("""
            HĐND tỉnh thông qua Nghị quyết miễn nhiệm Chủ tịch UBND tỉnh nhiệm kỳ 2021-2026 đối với ông Trần Quốc Nam, nguyên \
            Phó Bí thư Tỉnh ủy.
            """)
        #expect(Self.positions(b)["Trần Quốc Nam"] == ["Chủ tịch | UBND tỉnh Bình Phước", "Phó Bí thư | Tỉnh ủy Bình Phước"])
    }

    @Test func provinceTheSentenceIsAbout_placesItsBareOffices() {
        // The article is Bình Phước's; this sentence is about Bình Dương's council.
        let a = Self.annotate("""
            Ngày 8/12, HĐND tỉnh Bình Dương đã bầu ông Lê Thanh Cung, Phó Chủ tịch Thường trực UBND tỉnh, làm Chủ tịch UBND tỉnh. \
            Tại Đồng Nai, ông Trần Văn Vĩnh được bầu làm Phó Chủ tịch UBND tỉnh.
            """)
        #expect(Self.positions(a)["Lê Thanh Cung"]
                == ["Phó Chủ tịch Thường trực | UBND tỉnh Bình Dương", "Chủ tịch | UBND tỉnh Bình Dương"])
        #expect(Self.positions(a)["Trần Văn Vĩnh"] == ["Phó Chủ tịch | UBND tỉnh Đồng Nai"])
    }

    @Test func foreignPartyAndProvince_completeTheChain() {
        let a = Self.annotate("""
            Đón tiếp đoàn có đồng chí Lệt Xay Nha Phon, Ủy viên Ban Chấp hành Trung ương Đảng Nhân dân Cách mạng Lào, Bí thư \
            Tỉnh ủy, Tỉnh trưởng tỉnh Attapeu.
            """)
        #expect(Self.positions(a)["Lệt Xay Nha Phon"] == ["Ủy viên Ban Chấp hành Trung ương | Đảng Nhân dân Cách mạng Lào",
                                                          "Bí thư | Tỉnh ủy Attapeu", "Tỉnh trưởng | tỉnh Attapeu"])
    }

    @Test func linkAfterAListOfNamesWithTheirTitles_givesEachTheOffice() {
        let a = Self.annotate("""
            Kết quả, ông Hoàng Nghĩa Hiếu, Giám đốc Sở Y tế và ông Bùi Đình Long - Bí thư Huyện ủy Lộc Ninh được bầu giữ chức \
            Phó Chủ tịch UBND tỉnh.
            """)
        #expect(Self.positions(a)["Hoàng Nghĩa Hiếu"] == ["Giám đốc | Sở Y tế tỉnh Bình Phước", "Phó Chủ tịch | UBND tỉnh Bình Phước"])
        #expect(Self.positions(a)["Bùi Đình Long"] == ["Bí thư | Huyện ủy Lộc Ninh", "Phó Chủ tịch | UBND tỉnh Bình Phước"])
    }

    @Test func kiemAfterTheName_addsTheConcurrentOffice() {
        let a = Self.annotate("Đoàn do Phó Chủ tịch UBND tỉnh Đinh Văn Thiệu kiêm Trưởng ban Chỉ đạo phòng, chống dịch bệnh tỉnh đi kiểm tra.")
        #expect(Self.positions(a)["Đinh Văn Thiệu"]
                == ["Phó Chủ tịch | UBND tỉnh Bình Phước", "Trưởng ban | ban Chỉ đạo phòng, chống dịch bệnh tỉnh Bình Phước"])
    }

    @Test func diplomatsBody_isTheMission() {
        // Composed from the country as written and the host...
        let a = Self.annotate("Đại sứ đặc mệnh toàn quyền nước Mông Cổ tại Việt Nam Jigjee Sereejav thăm tỉnh.")
        #expect(Self.positions(a)["Jigjee Sereejav"] == ["Đại sứ đặc mệnh toàn quyền | Đại sứ quán nước Mông Cổ tại Việt Nam"])
        // The office written short elsewhere gives way to the full one.
        let c = Self.annotate("""
            Đại sứ đặc mệnh toàn quyền Mông Cổ Jigjee Sereejav phát biểu. Đại sứ đặc mệnh toàn quyền nước Mông Cổ tại Việt Nam \
            Jigjee Sereejav tặng quà.
            """)
        #expect(Self.positions(c)["Jigjee Sereejav"] == ["Đại sứ đặc mệnh toàn quyền | Đại sứ quán nước Mông Cổ tại Việt Nam"])
        // ... or as the article names it.
        let b = Self.annotate("""
            Đoàn công tác Đại sứ quán Lào tại Việt Nam do Đại sứ đặc mệnh toàn quyền nước Cộng hòa dân chủ nhân dân Lào - \
            Sengphet Houngboungnuang làm trưởng đoàn đã đến thăm tỉnh.
            """)
        #expect(Self.positions(b)["Sengphet Houngboungnuang"] == ["Đại sứ đặc mệnh toàn quyền | Đại sứ quán Lào tại Việt Nam"])
    }

    @Test func bareBodysHead_refersToTheBodyNamedInFull() {
        let a = Self.annotate("""
            Sáng 7-9, Ban chỉ đạo Phòng chống dịch Covid-19 họp trực tuyến với các địa phương. Đồng chí Nguyễn Hồng Lĩnh, \
            Bí thư Tỉnh ủy, Trưởng ban chỉ đạo chủ trì buổi làm việc.
            """)
        #expect(Self.positions(a)["Nguyễn Hồng Lĩnh"]
                == ["Bí thư | Tỉnh ủy Bình Phước", "Trưởng ban | Ban chỉ đạo Phòng chống dịch Covid-19 tỉnh Bình Phước"])
    }

    @Test func bareDangUy_isTheAgencysCommittee_andATermStaysInTheChain() {
        let a = Self.annotate("Đại tá Nguyễn Thanh Trường - Ủy viên Ban Thường vụ Tỉnh ủy, Bí thư Đảng ủy, Giám đốc Công an tỉnh đến kiểm tra.")
        #expect(Self.positions(a)["Nguyễn Thanh Trường"]
                == ["Ủy viên Ban Thường vụ | Tỉnh ủy Bình Phước", "Bí thư | Đảng ủy Công an tỉnh Bình Phước", "Giám đốc | Công an tỉnh Bình Phước"])
        let b = Self.annotate("Ông Đặng Xuân Phong, Phó Bí thư Tỉnh ủy Lào Cai khóa XV, Chủ tịch UBND tỉnh Lào Cai phát biểu.")
        #expect(Self.positions(b)["Đặng Xuân Phong"] == ["Phó Bí thư | Tỉnh ủy Lào Cai", "Chủ tịch | UBND tỉnh Lào Cai"])
    }

    @Test func namesTakeOfficesInTurn() {
        let a = Self.annotate("Theo đó, bà Đặng Tuyết Em và ông Phạm Vũ Hồng lần lượt trúng cử lại chức danh Chủ tịch HĐND và Chủ tịch UBND tỉnh.")
        #expect(Self.positions(a)["Đặng Tuyết Em"] == ["Chủ tịch | HĐND tỉnh Bình Phước"])
        #expect(Self.positions(a)["Phạm Vũ Hồng"] == ["Chủ tịch | UBND tỉnh Bình Phước"])
        // Counts that differ give nothing.
        let b = Self.annotate("Bà Đặng Tuyết Em và ông Phạm Vũ Hồng lần lượt phát biểu với Chủ tịch UBND tỉnh.")
        #expect(Self.positions(b)["Đặng Tuyết Em"] == nil)
    }

    @Test func electedNames_takeTheOfficeNamedAfterTheirList() {
        // The office named as a "chức danh" after a list of names without honorifics of their own.
        let a = Self.annotate("Các ông Lê Văn Hải, Trần Minh Tâm tái đắc cử chức danh Phó Chủ tịch UBND tỉnh.")
        #expect(Self.positions(a)["Lê Văn Hải"] == ["Phó Chủ tịch | UBND tỉnh Bình Phước"])
        #expect(Self.positions(a)["Trần Minh Tâm"] == ["Phó Chủ tịch | UBND tỉnh Bình Phước"])
        // Each name's vote in parentheses stands between the names and the link.
        let b = Self.annotate("Các đại biểu đã bầu bà Nguyễn Thị Lan (với tỷ lệ 98,2%) và bà Hà Thị Mai (với tỷ lệ 100%) giữ chức Phó Chủ tịch HĐND tỉnh.")
        #expect(Self.positions(b)["Nguyễn Thị Lan"] == ["Phó Chủ tịch | HĐND tỉnh Bình Phước"])
        #expect(Self.positions(b)["Hà Thị Mai"] == ["Phó Chủ tịch | HĐND tỉnh Bình Phước"])
        // An aside that names an office is no list: its office stays its own.
        let c = Self.annotate("Bà Nguyễn Thị Lan (Chủ tịch UBND huyện) và ông Lê Văn Hải phát biểu.")
        #expect(Self.positions(c)["Lê Văn Hải"] == nil)
    }

    @Test func chainRunsOnPastABareTypeWordAfterAWholeTitle() {
        // "Trưởng Đoàn ĐBQH tỉnh": the title names its body; the bare "tỉnh" after it does not end the chain.
        let a = Self.annotate("Đồng chí Lê Văn Hải, Bí thư Tỉnh ủy, Trưởng Đoàn ĐBQH tỉnh, Chủ tịch HĐND tỉnh chủ trì hội nghị.")
        let positions = Self.positions(a)["Lê Văn Hải"] ?? []
        #expect(positions.contains("Bí thư | Tỉnh ủy Bình Phước"))
        #expect(positions.contains("Chủ tịch | HĐND tỉnh Bình Phước"))
        #expect(positions.contains { $0.hasPrefix("Trưởng Đoàn ĐBQH | ") })
    }

    @Test func anniversaryYearsDateNoNewEvent() {
        // "Tại buổi làm việc" with an anniversary's years in its sentence is the same working session.
        let a = CorpusHarness.extractor.annotate(Document(id: "t", text: """
            Sáng 28/1, Tổng Bí thư Tô Lâm làm việc với Ban Chấp hành Đảng bộ tỉnh. Cùng dự có đồng chí Lê Minh Hưng, Trưởng ban \
            Tổ chức Trung ương.

            Tại buổi làm việc, đồng chí Phan Thăng An, Bí thư Tỉnh ủy đã báo cáo công tác chuẩn bị kỷ niệm 85 năm Ngày Bác Hồ về \
            nước (28/01/1941 - 28/01/2026).
            """, url: "https://binhphuoc.gov.vn/a", published: "2026-01-28"))
        #expect(a.events.count == 1)
        #expect(a.events.first?.date == "2026-01-28")
        #expect(Self.roles(a).first?.contains("Phan Thăng An: reporter") == true)
        // A range across a new year still dates its event.
        let b = CorpusHarness.extractor.annotate(Document(id: "t", text: "Từ ngày 28/12/2021 đến ngày 3/1/2022, ông Nguyễn Văn An, Chủ tịch UBND tỉnh, dự hội nghị tổng kết.",
                                                         url: "https://binhphuoc.gov.vn/a", published: "2022-01-12"))
        #expect(b.events.first?.date == "2021-12-28")
    }

    @Test func chiefInspectorsBody_defaultCommittee_andShortFormsInParentheses() {
        let a = Self.annotate("""
            Dự có ông Lê Sơn Hà, Chánh Thanh tra tỉnh; bà Nguyễn Thị Hồng Lâm - TUV, Phó Chủ tịch HĐND tỉnh. Đồng chí Đỗ Minh \
            Tuấn, Chủ tịch Ủy ban Nhân dân (UBND) tỉnh phát biểu. Chủ tịch UBND tỉnh Đỗ Minh Tuấn kết luận.
            """)
        #expect(Self.positions(a)["Lê Sơn Hà"] == ["Chánh Thanh tra | Thanh tra tỉnh Bình Phước"])
        #expect(Self.positions(a)["Nguyễn Thị Hồng Lâm"] == ["TUV | Tỉnh ủy Bình Phước", "Phó Chủ tịch | HĐND tỉnh Bình Phước"])
        // One office, however its body is written.
        #expect(Self.positions(a)["Đỗ Minh Tuấn"] == ["Chủ tịch | Ủy ban Nhân dân tỉnh Bình Phước"])
    }

    @Test func careerAndOfficesLeft_arePositions() {
        // "từng giữ các chức vụ" lists a career; a youth union's committee is named by its unit's name alone.
        let a = Self.annotate("Trước đó, ông Trần Đức Quận từng giữ các chức vụ Bí thư Tỉnh Đoàn, Phó Chủ nhiệm UBKT Tỉnh ủy.")
        #expect(Self.positions(a)["Trần Đức Quận"] == ["Bí thư | Tỉnh Đoàn Bình Phước", "Phó Chủ nhiệm | UBKT Tỉnh ủy Bình Phước"])
        // An office left ("thôi giữ chức") is still the person's position.
        let b = Self.annotate("Đồng chí Võ Minh Chiến - Ủy viên TW Đảng, thôi giữ chức Bí thư Tỉnh ủy để nhận nhiệm vụ mới.")
        #expect(Self.positions(b)["Võ Minh Chiến"] == ["Ủy viên TW Đảng | -", "Bí thư | Tỉnh ủy Bình Phước"])
        // A career's offices run on past their terms and the ";" between them.
        let c = Self.annotate("""
            Trước khi giữ chức vụ Bí thư Tỉnh ủy, đồng chí Lê Văn Hào đã giữ các chức vụ Phó Bí thư Thường trực Tỉnh ủy Bình Phước \
            khóa XI, nhiệm kỳ 2015 – 2020; Trưởng Đoàn đại biểu Quốc hội tỉnh Bình Phước khóa XIV, nhiệm kỳ 2016 - 2021; Phó Chủ tịch UBND tỉnh.
            """)
        #expect(Self.positions(c)["Lê Văn Hào"] == ["Phó Bí thư Thường trực | Tỉnh ủy Bình Phước",
                                                   "Trưởng Đoàn đại biểu Quốc hội | Đoàn đại biểu Quốc hội tỉnh Bình Phước",
                                                   "Phó Chủ tịch | UBND tỉnh Bình Phước"])
        // "trải qua các vị trí công tác như" lists a career too.
        let d = Self.annotate("Ông Trần Văn Lâm đã từng trải qua các vị trí công tác như Bí thư Tỉnh Đoàn Bình Phước, Bí thư Thị ủy Bình Long.")
        #expect(Self.positions(d)["Trần Văn Lâm"] == ["Bí thư | Tỉnh Đoàn Bình Phước", "Bí thư | Thị ủy Bình Long"])
    }

    @Test func pronounSubjectOfALink_isThePersonNamedJustBefore() {
        // "Ông giữ chức ..." in a biography takes the offices for the man the text just named; a decision's maker may stand
        // between "được" and the link ("ông được Bộ Chính trị điều động giữ chức").
        let a = Self.annotate("""
            Ông Hồ Văn Mười (SN 1969), quê tỉnh Quảng Nam. Ông giữ chức Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Đắk Nông từ tháng 6/2021. \
            Ngày 25/1, ông được Bộ Chính trị điều động giữ chức Bí thư Tỉnh ủy Lâm Đồng.
            """)
        #expect(Self.positions(a)["Hồ Văn Mười"] == ["Phó Bí thư | Tỉnh ủy Đắk Nông", "Chủ tịch | UBND tỉnh Đắk Nông", "Bí thư | Tỉnh ủy Lâm Đồng"])
        // A career listed after a colon.
        let b = Self.annotate("Ông Vũ Hồng Văn quê Hưng Yên, từng giữ các chức vụ: Giám đốc Công an tỉnh Đồng Nai; Phó Chủ nhiệm Ủy ban Kiểm tra Trung ương.")
        #expect(Self.positions(b)["Vũ Hồng Văn"] == ["Giám đốc | Công an tỉnh Đồng Nai", "Phó Chủ nhiệm | Ủy ban Kiểm tra Trung ương"])
        // "Bà" does not refer back to a man.
        let c = Self.annotate("Ông Trần Văn Lâm phát biểu tại hội nghị. Bà giữ chức Phó Chủ tịch UBND tỉnh Bình Phước.")
        #expect(Self.positions(c)["Trần Văn Lâm"] == nil)
    }

    @Test func countedAppointees_listedOnLinesOfTheirOwn_shareTheOffice() {
        // "chỉ định 3 cán bộ giữ chức vụ X, gồm:" then one paragraph per appointee, each with the titles held before.
        let a = Self.annotate("""
            Thủ tướng Chính phủ chỉ định 3 cán bộ giữ chức vụ Phó Chủ tịch UBND tỉnh Lâm Đồng nhiệm kỳ 2021-2026, gồm:

            Ông Nguyễn Hồng Hải, Ủy viên Ban Thường vụ Tỉnh ủy Bình Thuận, Phó Chủ tịch UBND tỉnh Bình Thuận.

            Ông Võ Ngọc Hiệp, Ủy viên Ban Thường vụ Tỉnh ủy Lâm Đồng.

            Ông Lê Trọng Yên, Phó Chủ tịch UBND tỉnh Đắk Nông.
            """)
        let p = Self.positions(a)
        #expect(p["Nguyễn Hồng Hải"] == ["Phó Chủ tịch | UBND tỉnh Lâm Đồng", "Ủy viên Ban Thường vụ | Tỉnh ủy Bình Thuận", "Phó Chủ tịch | UBND tỉnh Bình Thuận"])
        #expect(p["Võ Ngọc Hiệp"] == ["Phó Chủ tịch | UBND tỉnh Lâm Đồng", "Ủy viên Ban Thường vụ | Tỉnh ủy Lâm Đồng"])
        #expect(p["Lê Trọng Yên"] == ["Phó Chủ tịch | UBND tỉnh Lâm Đồng", "Phó Chủ tịch | UBND tỉnh Đắk Nông"])
    }

    @Test func officeLeftWithVoi_andTheTransferInParentheses_areThePersons() {
        let a = Self.annotate("""
            HĐND tỉnh đã thông qua việc miễn nhiệm Chủ tịch UBND tỉnh Bình Phước nhiệm kỳ 2021 - 2026 với ông Nguyễn Khắc Thận \
            (do chuyển công tác làm Bí thư Tỉnh ủy Nghệ An).
            """)
        #expect(Self.positions(a)["Nguyễn Khắc Thận"] == ["Chủ tịch | UBND tỉnh Bình Phước", "Bí thư | Tỉnh ủy Nghệ An"])
        // A name's titles after a colon in a list.
        let b = Self.annotate("Tiếp đoàn có các đồng chí: Phạm Thị Phúc, Phó Bí thư Tỉnh ủy; Hà Thị Hạnh: Ủy viên Ban Thường vụ Tỉnh ủy.")
        #expect(Self.positions(b)["Hà Thị Hạnh"] == ["Ủy viên Ban Thường vụ | Tỉnh ủy Bình Phước"])
    }

    @Test func questionSession_makesEveryNameThatAnswersASpeaker() {
        let a = Self.annotate("""
            Sáng 10/12, HĐND tỉnh tiến hành phiên chất vấn. Đồng chí Phạm Văn Lập, Chủ tịch HĐND tỉnh chủ trì. \
            Chủ tịch UBND tỉnh Nguyễn Văn Tùng; Giám đốc Sở Xây dựng Nguyễn Thành Hưng trả lời chất vấn.
            """)
        #expect(Self.roles(a) == [["Phạm Văn Lập: chair", "Nguyễn Văn Tùng: speaker", "Nguyễn Thành Hưng: speaker"]])
    }

    @Test func pluralHeadingBeforeItemsWithTheirOwnTitles_isEveryItemsTitleToo() {
        let a = Self.annotate("""
            Cùng dự có các Ủy viên Ban Thường vụ Tỉnh ủy: Phó Chủ tịch Thường trực UBND tỉnh Lê Hồng Sơn, Đại tá Nguyễn Thanh Tùng - \
            Giám đốc Công an tỉnh.
            """)
        let p = Self.positions(a)
        #expect(p["Lê Hồng Sơn"] == ["Ủy viên Ban Thường vụ | Tỉnh ủy Bình Phước", "Phó Chủ tịch Thường trực | UBND tỉnh Bình Phước"])
        #expect(p["Nguyễn Thanh Tùng"] == ["Ủy viên Ban Thường vụ | Tỉnh ủy Bình Phước", "Giám đốc | Công an tỉnh Bình Phước"])
    }

    @Test func abbreviationsInParentheses_colonsOfAnInterview_andClausesAfterASemicolon_addNoOffice() {
        // An abbreviation in parentheses is no parent.
        let a = Self.annotate("Ông Nguyễn Văn An, Giám đốc Trung tâm Kiểm soát bệnh tật tỉnh Quảng Nam (CDC Quảng Nam) cho biết.")
        #expect(Self.positions(a)["Nguyễn Văn An"] == ["Giám đốc | Trung tâm Kiểm soát bệnh tật tỉnh Quảng Nam"])
        // A list of appointees ends at a paragraph whose name has no titles of its own.
        let b = Self.annotate("""
            Các Phó Chủ tịch UBND tỉnh nhiệm kỳ mới gồm:
            Ông Nguyễn Văn An, Giám đốc Sở Y tế.
            Ông Trần Văn Bình, Giám đốc Sở Tài chính.
            Ông Lê Văn Cường phát biểu chúc mừng các đồng chí.
            """)
        #expect(Self.positions(b)["Trần Văn Bình"] == ["Phó Chủ tịch | UBND tỉnh Bình Phước", "Giám đốc | Sở Tài chính tỉnh Bình Phước"])
        #expect(Self.positions(b)["Lê Văn Cường"] == nil)
        // An interview's colon gives no title.
        let c = Self.annotate("Ông Trần Văn Cường: Chủ tịch UBND tỉnh đã chỉ đạo quyết liệt.")
        #expect(Self.positions(c)["Trần Văn Cường"] == nil)
        // A clause after ";" that goes on to other people is theirs.
        let d = Self.annotate("Tại kỳ họp, ông Nguyễn Văn An được bầu giữ chức Chủ tịch HĐND tỉnh; Phó Chủ tịch HĐND tỉnh gồm ông Trần Văn Bình và bà Lê Thị Cúc.")
        #expect(Self.positions(d)["Nguyễn Văn An"] == ["Chủ tịch | HĐND tỉnh Bình Phước"])
    }

    @Test func formerOfficeInParenthesesAfterTheChain_isAPosition() {
        let a = Self.annotate("Chiều 20-11, đồng chí Nguyễn Văn Út, Chủ tịch UBND tỉnh Đồng Nai (nguyên Chủ tịch UBND tỉnh Tây Ninh) chủ trì hội nghị.")
        #expect(Self.positions(a)["Nguyễn Văn Út"] == ["Chủ tịch | UBND tỉnh Đồng Nai", "Chủ tịch | UBND tỉnh Tây Ninh"])
        // A provincial portal's abbreviation of a standing member of the provincial committee.
        let b = Self.annotate("Đoàn do đồng chí Cao Tiến Dũng, UVTVTU, Trưởng ban Ban Tuyên giáo và Dân vận Tỉnh ủy làm trưởng đoàn.")
        #expect(Self.positions(b)["Cao Tiến Dũng"] == ["UVTVTU | Tỉnh ủy Bình Phước", "Trưởng ban | Ban Tuyên giáo và Dân vận Tỉnh ủy Bình Phước"])
    }

    @Test func linkAfterAListOfNamesWithTheirTitles_givesEveryNameTheOffice() {
        let a = Self.annotate("HĐND tỉnh cũng bầu bà Nguyễn Thị Nguyệt, Giám đốc Sở Y tế, và ông Hồ Huy Thành, Bí thư Đảng ủy xã Kỳ Xuân, giữ chức Phó Chủ tịch UBND tỉnh.")
        #expect(Self.positions(a)["Nguyễn Thị Nguyệt"] == ["Giám đốc | Sở Y tế tỉnh Bình Phước", "Phó Chủ tịch | UBND tỉnh Bình Phước"])
        let b = Self.annotate("Ông Bùi Văn Trường, Tỉnh ủy viên và bà Đỗ Thị Ngọc Ánh được chỉ định giữ chức Phó Bí thư Đảng ủy UBND tỉnh.")
        #expect(Self.positions(b)["Bùi Văn Trường"] == ["Tỉnh ủy viên | Tỉnh ủy Bình Phước", "Phó Bí thư | Đảng ủy UBND tỉnh Bình Phước"])
    }

    @Test func parentInParentheses_completesTheOffice() {
        // A parent organization in parentheses after an office is part of its name, before the name and in a career.
        let a = Self.annotate("Tiếp đoàn còn có Cục trưởng Cục Ngoại vụ (Bộ Ngoại giao) Nguyễn Hoàng Long.")
        #expect(Self.positions(a)["Nguyễn Hoàng Long"] == ["Cục trưởng | Cục Ngoại vụ Bộ Ngoại giao"])
        let b = Self.annotate("Ông Vũ Hồng Văn từng giữ các chức vụ: Phó Tư lệnh Cảnh sát cơ động (Bộ Công an); Giám đốc Công an tỉnh Đồng Nai.")
        #expect(Self.positions(b)["Vũ Hồng Văn"] == ["Phó Tư lệnh | Cảnh sát cơ động Bộ Công an", "Giám đốc | Công an tỉnh Đồng Nai"])
        // A title sharing the next one's body shares its parent too.
        let c = Self.annotate("Ông Trần Văn Lâm từng kinh qua các vị trí như Phó Chính ủy, Phó Tư lệnh Cảnh sát cơ động (Bộ Công an).")
        #expect(Self.positions(c)["Trần Văn Lâm"] == ["Phó Chính ủy | Cảnh sát cơ động Bộ Công an", "Phó Tư lệnh | Cảnh sát cơ động Bộ Công an"])
    }

    @Test func wordsContainingACue_giveNoRole() {
        // "tiếp tục" (continue) and "trực tiếp" (direct) contain "tiếp" (receive) without being a reception.
        let a = Self.annotate("""
            Sáng 17/10, Đại hội Đảng bộ tỉnh khai mạc. Dự đại hội có đồng chí Nguyễn Văn An, Bí thư Trung ương Đảng.

            Ông Trần Văn Bình được chỉ định làm Bí thư Tỉnh ủy

            Ông Trần Văn Bình được chỉ định tiếp tục giữ chức Bí thư Tỉnh ủy nhiệm kỳ 2025 – 2030. Ông Lê Văn Cường trực tiếp \
            chỉ đạo công tác bầu cử tại đại hội.
            """)
        #expect(Self.roles(a) == [["Nguyễn Văn An: attendee"]])
    }

    @Test func formerOfficesInAList_shareTheListsRole() {
        let a = Self.annotate("""
            Sáng 10/10, thành phố long trọng tổ chức Lễ kỷ niệm 70 năm Ngày Giải phóng Thủ đô. Tới dự có Tổng Bí thư, Chủ tịch nước \
            Tô Lâm, nguyên Thủ tướng Nguyễn Tấn Dũng; Chủ tịch Quốc hội Trần Thanh Mẫn, các nguyên Chủ tịch Quốc hội Nguyễn Văn An, \
            Nguyễn Sinh Hùng.
            """)
        #expect(Self.roles(a) == [["Tô Lâm: attendee", "Nguyễn Tấn Dũng: attendee", "Trần Thanh Mẫn: attendee",
                                   "Nguyễn Văn An: attendee", "Nguyễn Sinh Hùng: attendee"]])
        #expect(Self.positions(a)["Nguyễn Sinh Hùng"] == ["Chủ tịch | Quốc hội"])
    }

    @Test func hardWrappedLines_keepTitleChainsWhole() {
        // A portal that wraps its paragraphs at a fixed width: a line break inside a sentence is a space (the
        // title keeps its line break as written).
        let a = CorpusHarness.extractor.annotate(Document(id: "t", text: """
            Sáng 28-2-2025, UBND tỉnh Khánh Hòa tổ chức Hội
            nghị tổng kết công tác thi đua, khen thưởng năm 2024 và phát động phong trào
            thi đua năm 2025. Dự hội nghị có các ông: Nghiêm Xuân Thành - Ủy viên
            Trung ương Đảng, Bí thư Tỉnh ủy; Nguyễn Tấn Tuân - Phó Bí thư Tỉnh ủy, Chủ tịch
            UBND tỉnh.
            """, published: "2025-02-28"))
        #expect(Self.positions(a) == [
            "Nghiêm Xuân Thành": ["Ủy viên\nTrung ương Đảng | -", "Bí thư | Tỉnh ủy Khánh Hòa"],
            "Nguyễn Tấn Tuân": ["Phó Bí thư | Tỉnh ủy Khánh Hòa", "Chủ tịch | UBND tỉnh Khánh Hòa"],
        ])
    }

    @Test func datedParagraphsOfADigestWithoutYear_areSeparateEvents() {
        // No publication date: the paragraphs' dates stay unresolved, yet each dated paragraph is its own item.
        let text = """
        Chiều 21/8, đồng chí Trần Văn Lâu - Bí thư Tỉnh ủy chủ trì buổi làm việc với Ban Thường vụ Huyện ủy.
        Sáng 21/8, Chủ tịch UBND tỉnh Lê Văn Hiểu chủ trì hội nghị trực tuyến với các huyện. Dự hội nghị có Phó Chủ tịch UBND tỉnh Vương Quốc Nam.
        """
        let a = CorpusHarness.extractor.annotate(Document(id: "t", text: text))
        #expect(Self.roles(a) == [["Trần Văn Lâu: chair"], ["Lê Văn Hiểu: chair", "Vương Quốc Nam: attendee"]])
    }

    @Test func bylineAndCungNgay_startAnotherEvent() {
        let a = Self.annotate("""
            Chiều 31/12, Bí thư Tỉnh ủy Nguyễn Thành Tâm đến thăm, động viên các y, bác sĩ tại Bệnh viện Dã chiến.
            Nhật Quang
            Tại buổi làm việc với Đảng ủy xã Mỹ Lộc, Phó Bí thư Tỉnh ủy Nguyễn Thanh Hải phát biểu chỉ đạo.
            """)
        #expect(Self.roles(a) == [["Nguyễn Thành Tâm: attendee"], ["Nguyễn Thanh Hải: speaker"]])
        let b = Self.annotate("""
            Chiều 7/4, Chủ tịch HĐND thành phố Phạm Phương Thảo đã làm việc với HĐND quận Phú Nhuận và phát biểu chỉ đạo.

            Cùng ngày, Phó Chủ tịch UBND thành phố Nguyễn Văn Đua đã làm việc với huyện Nhà Bè và phát biểu.
            """)
        #expect(Self.roles(b) == [["Phạm Phương Thảo: speaker"], ["Nguyễn Văn Đua: speaker"]])
    }

    @Test func seeingOffOrMeetingADelegation_isHosting() {
        let a = Self.annotate("""
            Sáng 24/1, đoàn đại biểu tỉnh do Bí thư Tỉnh ủy Đặng Xuân Phong dẫn đầu lên đường thăm và làm việc tại tỉnh Vân Nam. \
            Tiễn đoàn công tác có đồng chí Vũ Xuân Cường, Phó Bí thư Thường trực Tỉnh ủy.
            """)
        #expect(Self.roles(a) == [["Đặng Xuân Phong: delegation_head", "Vũ Xuân Cường: host"]])
    }

    @Test func congratulatoryVisit_andTheOtherSidesPeople() {
        let a = Self.annotate("""
            Sáng ngày 22/12, đồng chí Ngô Đông Hải, Bí thư Tỉnh ủy đã tới chúc mừng cán bộ, chiến sĩ Bộ CHQS tỉnh.
            """)
        #expect(Self.roles(a) == [["Ngô Đông Hải: attendee"]])
        let b = Self.annotate("""
            Chiều 14/5, đồng chí Nguyễn Đức Trung - Chủ tịch UBND tỉnh có buổi làm việc với Công an tỉnh. Về phía Công an tỉnh có \
            đồng chí Thiếu tướng Nguyễn Hữu Cầu - Giám đốc Công an tỉnh.
            """)
        #expect(Self.roles(b) == [["Nguyễn Đức Trung: attendee", "Nguyễn Hữu Cầu: attendee"]])
    }

    @Test func digestItems_areSeparateEvents() {
        let text = """
        Chiều 2/1, ông Trần Văn Lâu - Chủ tịch UBND tỉnh chủ trì cuộc họp với các sở. Cùng dự cuộc họp có ông Vương Quốc Nam - Phó Chủ tịch UBND tỉnh.
        Chủ tịch nước Võ Văn Thưởng dự Lễ bàn giao nhà cho người nghèo |
        01/01/2024
        Sáng 1/1, tỉnh tổ chức Lễ tổng kết chương trình.
        Chiều 1/1, Phó Chủ tịch UBND tỉnh Lê Văn Hiểu chủ trì cuộc họp trực tuyến với các huyện.
        """
        let a = Self.annotate(text)
        // Who met whom: Lâu with Nam only; Thưởng and Hiểu each at an event of their own.
        #expect(Self.roles(a) == [["Trần Văn Lâu: chair", "Vương Quốc Nam: attendee"], ["Võ Văn Thưởng: attendee"], ["Lê Văn Hiểu: chair"]])
    }

    @Test func delegationListedBeforeItsVisit_namesItsMembers() {
        // "Đoàn công tác ... gồm:" lists the delegation before the sentence of the visit; a military rank between the
        // titles and the name leaves the titles the name's.
        let a = Self.annotate("""
            Đoàn công tác Chính phủ có lãnh đạo các bộ, ngành gồm: Thứ trưởng Bộ Quốc phòng Thượng tướng Hoàng Xuân Chiến; \
            Thứ trưởng Bộ Công Thương Phan Thị Thắng.
            Tiếp và làm việc với đoàn có Bí thư Tỉnh ủy Nguyễn Mạnh Cường.
            """)
        #expect(Self.roles(a) == [["Hoàng Xuân Chiến: delegation_member", "Phan Thị Thắng: delegation_member",
                                   "Nguyễn Mạnh Cường: host"]])
        #expect(Self.positions(a)["Hoàng Xuân Chiến"] == ["Thứ trưởng | Bộ Quốc phòng"])
        // A youth union ("Đoàn Thanh niên") is no delegation: its list names no one who takes part.
        let b = Self.annotate("""
            Đoàn Thanh niên tỉnh có hai cán bộ chủ chốt gồm: Bí thư Tỉnh đoàn Lê Văn Nam; Phó Bí thư Tỉnh đoàn Lê Thị Hoa.
            Chiều 2/1, Chủ tịch UBND tỉnh Trần Văn Lâu chủ trì cuộc họp với các sở.
            """)
        #expect(Self.roles(b) == [["Trần Văn Lâu: chair"]])
    }

    @Test func leadersOfOneSide_listedInTheirOwnSentence_attend() {
        // The page's month stamp and the day of the event: the day dates it; a country inside an organization's name is no venue.
        let a = CorpusHarness.extractor.annotate(HeaderMetadata.complete(Document(id: "t", text: """
             date 2023-10 Sáng 11/10, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Nghệ An tổ chức Diễn đàn với đồng chí Đỗ Văn Chiến, \
            Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam.

            Lãnh đạo tỉnh Nghệ An có các đồng chí: Thái Thanh Quý - Bí thư Tỉnh ủy; Ngọc Kim Nam - Trưởng ban Dân vận Tỉnh ủy.
            """)))
        #expect(Self.roles(a) == [["Đỗ Văn Chiến: attendee", "Thái Thanh Quý: attendee", "Ngọc Kim Nam: attendee"]])
        #expect(a.events.first?.date == "2023-10-11")
        #expect(a.events.first?.place == "tỉnh Nghệ An")
        // A list that opens otherwise names no one present.
        let b = Self.annotate("""
            Sáng 2/1, Chủ tịch UBND tỉnh Trần Văn Lâu chủ trì cuộc họp với các sở.
            Ban Thường vụ Tỉnh ủy có các đồng chí: Lê Văn Nam - Bí thư Tỉnh đoàn; Lê Thị Hoa - Phó Bí thư Tỉnh đoàn.
            """)
        #expect(Self.roles(b) == [["Trần Văn Lâu: chair"]])
    }

    @Test func undatedCommuneArticle_completesItsBareCommuneBodies() {
        // No publication date: the province of the host is the one before or after a merger that kept its name, and the
        // commune the article names most is still found inside it; "tái đắc cử chức" links the office.
        let a = CorpusHarness.extractor.annotate(Document(id: "t", text: """
            Kỳ họp thứ nhất HĐND xã Tân Kiều khóa X. Sáng 30/6/2021, HĐND xã Tân Kiều tổ chức kỳ họp thứ nhất. Ông Đồng Minh \
            Hoàng, Bí thư Đảng ủy xã được bầu giữ chức Chủ tịch HĐND xã. Ông Trịnh Minh Khoa tái đắc cử chức Phó Chủ tịch UBND xã.
            """, url: "https://thapmuoi.dongthap.gov.vn/web/htm/a"))
        #expect(Self.positions(a)["Đồng Minh Hoàng"] == ["Bí thư | Đảng ủy xã Tân Kiều", "Chủ tịch | HĐND xã Tân Kiều"])
        #expect(Self.positions(a)["Trịnh Minh Khoa"] == ["Phó Chủ tịch | UBND xã Tân Kiều"])
    }

    @Test func pluralHeadingWithGomCo_isEachListedPersonsOffice() {
        let a = Self.annotate("""
            Các Phó Bí thư Tỉnh ủy Bình Phước gồm có: bà Đinh Thị Lụa (Phó Bí thư Thường trực Tỉnh ủy); ông Phạm Quang Ngọc \
            (Chủ tịch UBND tỉnh).
            """)
        #expect(Self.positions(a)["Phạm Quang Ngọc"] == ["Phó Bí thư | Tỉnh ủy Bình Phước", "Chủ tịch | UBND tỉnh Bình Phước"])
    }

    @Test func bareDangUy_isTheArticlesCommunes_notADistrictsNorAnotherWards() {
        // The previous office's district is no committee for "Đảng ủy"; another ward named in full is not the article's.
        let a = Self.annotate("""
            Trao quyết định chỉ định Ban Chấp hành Đảng bộ phường An Lộc nhiệm kỳ 2025 – 2030. Ban Chấp hành Đảng bộ phường An Lộc \
            gồm 19 đồng chí. Đồng chí Trần Đức Hiếu - Chủ nhiệm Ủy ban Kiểm tra Thị ủy Bình Long được chỉ định làm Phó Bí thư \
            Thường trực Đảng ủy. Đồng chí Mai Văn Lâm - Bí thư Đảng ủy phường Hưng Chiến được chỉ định làm Chủ tịch MTTQ phường.
            """)
        #expect(Self.positions(a)["Trần Đức Hiếu"] == ["Chủ nhiệm | Ủy ban Kiểm tra Thị ủy Bình Long",
                                                       "Phó Bí thư Thường trực | Đảng ủy phường An Lộc"])
        // After a province's agency, a bare "Đảng ủy" is the agency's, not the article's commune's.
        let b = Self.annotate("""
            Ngày 20/9, UBND phường An Lộc tổ chức hội nghị. Đồng chí Nguyễn Văn An, Giám đốc Sở Y tế tỉnh Bình Phước, Bí thư Đảng \
            ủy phát biểu. UBND phường An Lộc đã triển khai.
            """)
        #expect(Self.positions(b)["Nguyễn Văn An"] == ["Giám đốc | Sở Y tế tỉnh Bình Phước", "Bí thư | Đảng ủy"])
        // A federation's central committee is no Party's: "Ủy viên Trung ương Hiệp hội ...".
        let d = Self.annotate("Ông Nguyễn Văn An, Ủy viên Trung ương Hiệp hội Doanh nghiệp nhỏ và vừa Việt Nam phát biểu.")
        #expect(Self.positions(d)["Nguyễn Văn An"]?.contains { $0.hasPrefix("Ủy viên Trung ương") } == false)
    }

    @Test func provinceInParenthesesAfterACareersOffice_isPassedOver() {
        let a = Self.annotate("""
            Chỉ định ông Phan Huy Ngọc giữ chức Chủ tịch UBND tỉnh Tuyên Quang. Ông từng làm Trưởng Công an huyện Lập Thạch \
            (Vĩnh Phúc), Phó Giám đốc Công an tỉnh Phú Thọ, Giám đốc Công an tỉnh Hà Giang.
            """)
        #expect(Self.positions(a)["Phan Huy Ngọc"] == ["Chủ tịch | UBND tỉnh Tuyên Quang", "Trưởng Công an | Công an huyện Lập Thạch",
                                                       "Phó Giám đốc | Công an tỉnh Phú Thọ", "Giám đốc | Công an tỉnh Hà Giang"])
    }

    @Test func itemsOfAListOfLeaders_takeTheProvinceTheirOwnChainNames() {
        let a = Self.annotate("""
            Sáng 9/12, đoàn công tác do các đồng chí: Đỗ Trọng Hưng - Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh Thanh Hóa; Thái Thanh \
            Quý - Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh Nghệ An dẫn đầu đã đến dâng hương.
            """)
        #expect(Self.positions(a)["Thái Thanh Quý"] == ["Bí thư | Tỉnh ủy Nghệ An", "Chủ tịch | HĐND tỉnh Nghệ An"])
    }

    @Test func steeringCommitteesHeadWrittenShort_isTheBodyTheArticleNamesInFull() {
        // "Phó Trưởng BCĐ tỉnh": the title "Phó Trưởng" before the short form, completed with the full body (without its
        // short form in parentheses) and the article's province.
        let a = Self.annotate("""
            Ông Nguyễn Hải Ninh, Trưởng Ban chỉ đạo Phòng, chống tham nhũng, tiêu cực (BCĐ) tỉnh chủ trì cuộc họp. Dự họp có \
            ông Nguyễn Khắc Toàn - Phó Trưởng BCĐ tỉnh.
            """)
        #expect(Self.positions(a)["Nguyễn Khắc Toàn"] == ["Phó Trưởng | Ban chỉ đạo Phòng, chống tham nhũng, tiêu cực tỉnh Bình Phước"])
    }

    @Test func officeOpeningASentence_isTheSubjectOfItsLink() {
        // "Tân Bí thư Tỉnh ủy Ninh Bình từng đảm nhiệm ...": the career is of the one person who holds that office.
        let a = Self.annotate("""
            Bộ Chính trị chỉ định ông Đặng Xuân Phong, Bí thư Tỉnh ủy Phú Thọ, giữ chức Bí thư Tỉnh ủy Ninh Bình. Tân Bí thư Tỉnh \
            ủy Ninh Bình từng đảm nhiệm các chức vụ Giám đốc Sở Kế hoạch và Đầu tư tỉnh Lào Cai; Phó Chủ tịch UBND tỉnh Lào Cai.
            """)
        #expect(Self.positions(a)["Đặng Xuân Phong"] == ["Bí thư | Tỉnh ủy Phú Thọ", "Bí thư | Tỉnh ủy Ninh Bình",
                                                       "Giám đốc | Sở Kế hoạch và Đầu tư tỉnh Lào Cai", "Phó Chủ tịch | UBND tỉnh Lào Cai"])
        // Two holders of the office: whose career it is stays unknown.
        let b = Self.annotate("""
            Ông Lê Văn An, Phó Chủ tịch UBND tỉnh và ông Trần Văn Bình, Phó Chủ tịch UBND tỉnh dự họp. Phó Chủ tịch UBND tỉnh \
            từng giữ các chức vụ Giám đốc Sở Y tế.
            """)
        #expect(Self.positions(b)["Lê Văn An"] == ["Phó Chủ tịch | UBND tỉnh Bình Phước"])
        #expect(Self.positions(b)["Trần Văn Bình"] == ["Phó Chủ tịch | UBND tỉnh Bình Phước"])
    }

    @Test func listsOfficeWithNoBody_takesTheFirstItemsBodyOfThatOffice() {
        let a = Self.annotate("""
            Đại hội hiệp thương cử 8 phó chủ tịch chuyên trách. 8 phó chủ tịch chuyên trách gồm: bà Trương Thị Bích Hạnh \
            (Phó chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh), ông Bùi Thanh Nhân, bà Võ Ngọc Thanh Trúc.
            """)
        #expect(Self.positions(a)["Bùi Thanh Nhân"] == ["phó chủ tịch chuyên trách | Ủy ban MTTQ Việt Nam tỉnh Bình Phước"])
        #expect(Self.positions(a)["Võ Ngọc Thanh Trúc"] == ["phó chủ tịch chuyên trách | Ủy ban MTTQ Việt Nam tỉnh Bình Phước"])
    }

    @Test func wardOfManyProvinces_castsNoVoteForTheArticlesProvince() {
        // Undated, no host: "phường Tân Phú" is a ward of several provinces; the city the article names decides.
        let a = CorpusHarness.extractor.annotate(Document(id: "t", text: """
            Sáng ngày 21/9, đồng chí Vũ Văn Diện - Bí thư Thành ủy, Chủ tịch HĐND thành phố Đồng Xoài đã làm việc với Đảng ủy \
            phường Tân Phú. Cùng dự có đồng chí Nguyễn Văn Hoà - Phó Chủ tịch UBND thành phố.
            """))
        #expect(Self.positions(a)["Nguyễn Văn Hoà"] == ["Phó Chủ tịch | UBND thành phố Đồng Xoài"])
        let ward = a.entities.first { $0.text == "phường Tân Phú" }
        #expect(ward?.attributes["place"]?.stringValue == "Phường Tân Phú, Thành phố Đồng Xoài, Tỉnh Bình Phước")
    }

    static func references(_ a: Annotation) -> [String: [String]] {
        var out: [String: [String]] = [:]
        for o in a.officials where !o.references.isEmpty { out[o.name] = o.references.map { a.document.text(of: $0) } }
        return out
    }

    @Test func officeWrittenWithoutAName_refersToItsOneHolder() {
        let a = Self.annotate("""
            Bí thư Thành ủy kiểm tra công tác phòng, chống dịch tại phường Tân Phú
            Sáng ngày 21/9, đồng chí Vũ Văn Diện - Bí thư Thành ủy, Chủ tịch HĐND thành phố Đồng Xoài đã làm việc với Đảng ủy \
            phường Tân Phú. Cùng dự có đồng chí Nguyễn Văn Hoà - Phó Chủ tịch UBND thành phố và đồng chí Lê Văn Tám - Phó Chủ \
            tịch UBND thành phố.
            Phát biểu kết luận, đồng chí Bí thư Thành ủy đề nghị phường tiếp tục tăng cường công tác phòng, chống dịch. \
            Đồng chí Phó Chủ tịch UBND thành phố cũng yêu cầu các ngành vào cuộc.
            """)
        // The headline's office and the honorific's; two deputies of one office: neither.
        #expect(Self.references(a) == ["Vũ Văn Diện": ["Bí thư Thành ủy", "Bí thư Thành ủy"]])
    }

    @Test func officeItselfOrAListsOffice_refersToNoOne() {
        let a = Self.annotate("""
            Ông Trần Văn Nam - Chủ tịch UBND tỉnh dự hội nghị. Hội nghị đã bầu bổ sung Chủ tịch UBND tỉnh nhiệm kỳ 2021 - 2026. \
            Ông được bầu giữ chức vụ Chủ tịch UBND tỉnh. Dự có các Chủ tịch UBND tỉnh bạn và nguyên Chủ tịch UBND tỉnh.
            """)
        #expect(Self.positions(a) == ["Trần Văn Nam": ["Chủ tịch | UBND tỉnh Bình Phước"]])
        #expect(Self.references(a) == [:])
    }

    @Test func deputiesGroupListedAfterTheMeeting_namesItsMembers() {
        // "Tổ đại biểu ... gồm các ông, bà:" lists who met the voters, in a sentence without an event word.
        let a = Self.annotate("""
            Chiều 14/8, Tổ đại biểu HĐND tỉnh đã có buổi tiếp xúc cử tri tại xã Tân Hà.
            Tổ đại biểu HĐND tỉnh gồm các ông, bà: Phạm Thị Phúc, Phó Bí thư Tỉnh ủy; Trần Thị Hồng Hạnh, Phó Bí thư Đảng ủy xã.
            """)
        #expect(Self.roles(a) == [["Phạm Thị Phúc: delegation_member", "Trần Thị Hồng Hạnh: delegation_member"]])
    }

    @Test func candidatesNamedAtAConference_areNotItsParticipants() {
        // Nominees for an office are who the conference is about; a role cue still makes one a participant.
        let a = Self.annotate("""
            Chiều 15/1, Văn phòng Tỉnh ủy tổ chức hội nghị lấy ý kiến cử tri nơi công tác. Tại hội nghị, các cử tri đã giới thiệu \
            ông Đặng Xuân Phong, Bí thư Tỉnh ủy; ông Mai Văn Tuất, Phó Bí thư Tỉnh ủy ứng cử đại biểu Quốc hội khóa XVI.
            Ông Phạm Duy Hưng, Chánh Văn phòng Tỉnh ủy chủ trì hội nghị.
            """)
        #expect(Self.roles(a) == [["Phạm Duy Hưng: chair"]])
    }

    @Test func theOneAnEventRemembers_isNoParticipant() {
        let a = Self.annotate("""
            Sáng 9/12, đoàn công tác do đồng chí Đỗ Trọng Hưng - Bí thư Tỉnh ủy Thanh Hóa dẫn đầu đã đến dâng hương tưởng niệm \
            Chủ tịch Hồ Chí Minh tại Khu di tích Kim Liên. Cùng dự có đồng chí Trần Thế Dũng - Phó Bí thư Tỉnh ủy.
            Sáng 23/11, UBND huyện Tri Tôn tổ chức Lễ kỷ niệm 100 năm ngày sinh cố Thủ tướng Võ Văn Kiệt. Dự lễ có ông Lê Văn \
            Nưng - Bí thư Tỉnh ủy An Giang.
            """)
        #expect(Self.roles(a) == [["Đỗ Trọng Hưng: delegation_head", "Trần Thế Dũng: attendee"], ["Lê Văn Nưng: attendee"]])
    }

    @Test func personWithARankAndARoleButNoTitle_takesPart() {
        let a = Self.annotate("""
            Chiều 29/10, Đoàn công tác của Tổ chức Điều hành Doanh nghiệp vì An ninh Quốc gia (Hoa Kỳ) do Đại tướng Timothy M.Ray \
            làm Trưởng đoàn đã đến thăm và làm việc tại tỉnh. Tiếp và làm việc với Đoàn có đồng chí Lê Xuân Lợi, Phó Chủ tịch UBND tỉnh.
            Bà cụ Lê Thị Hạnh cho biết gia đình rất vui.
            """)
        #expect(Self.roles(a) == [["Lê Xuân Lợi: host", "Timothy M.Ray: delegation_head"]])
    }

    @Test func officeReferringToAnOfficial_givesThePersonARole() {
        let a = Self.annotate("""
            Sáng ngày 21/9, đồng chí Vũ Văn Diện - Bí thư Thành ủy đã làm việc với Đảng ủy phường Tân Phú. Cùng dự có đồng chí \
            Nguyễn Văn Hoà - Phó Chủ tịch UBND thị xã. Phát biểu kết luận buổi làm việc, đồng chí Bí thư Thành ủy đề nghị phường \
            tăng cường công tác phòng, chống dịch.
            """)
        #expect(Self.roles(a) == [["Vũ Văn Diện: speaker", "Nguyễn Văn Hoà: attendee"]])
    }

    @Test func digestsLeadSummingUpItems_meetsNoOne() {
        // Each item has its own paragraph below; the lead's subjects meet no one in it.
        let a = Self.annotate("""
            (BNP) - Bí thư Tỉnh ủy Nguyễn Anh Tuấn tiếp Đại sứ Cộng hòa Ba Lan; Chủ tịch UBND tỉnh Vương Quốc Tuấn tháo gỡ vướng \
            mắc công tác giải phóng mặt bằng; UBND tỉnh gặp mặt học sinh giỏi là những hoạt động nổi bật của lãnh đạo tỉnh.
            Ngày 17/3, đồng chí Nguyễn Anh Tuấn, Bí thư Tỉnh ủy tiếp và làm việc với Đoàn công tác của Đại sứ quán Cộng hòa Ba Lan.
            """)
        #expect(Self.roles(a) == [["Nguyễn Anh Tuấn: host"]])
        // A list of leaders between ";" is no digest.
        let b = Self.annotate("""
            Sáng 9/4, Tỉnh ủy tổ chức hội nghị. Các đồng chí: Chẩu Văn Lâm, Bí thư Tỉnh ủy; Lê Thị Kim Dung, Chủ tịch HĐND tỉnh; \
            Nguyễn Văn Sơn, Chủ tịch UBND tỉnh chủ trì hội nghị.
            """)
        #expect(Self.roles(b) == [["Chẩu Văn Lâm: chair", "Lê Thị Kim Dung: chair", "Nguyễn Văn Sơn: chair"]])
    }

    @Test func thoseASessionElects_areNotItsParticipants() {
        let a = Self.annotate("""
            Sáng ngày 30.6, HĐND xã Duy Hoà tổ chức kỳ họp lần thứ nhất. Bí thư Huyện ủy Nguyễn Công Dũng dự kỳ họp.
            Tại kỳ họp, các đại biểu đã bỏ phiếu bầu ông Lê Đắc Hà – Bí thư Đảng ủy xã giữ chức Chủ tịch HĐND xã. Kỳ họp cũng \
            bầu ông Lê Văn Hùng giữ chức Chủ tịch UBND xã, ông Lê Công Mười - Chỉ huy trưởng Quân sự và ông Trần Phạm Quang Duy \
            - Trưởng Công an xã được bầu làm ủy viên UBND xã.
            """)
        #expect(Self.roles(a) == [["Nguyễn Công Dũng: attendee"]])
    }

    @Test func communesPortal_placesTheArticlesCommuneOffices() {
        // Since the 2025 reform communes have portals of their own, under their province's name.
        let a = CorpusHarness.extractor.annotate(Document(id: "t", text: """
            Tham dự kỳ họp, có ông Lê Văn Tưởng - Bí thư Đảng ủy - Chủ tịch HĐND xã; ông Lê Văn Bình - Phó Bí thư Đảng ủy, Chủ \
            tịch UBND xã. Thư ký kỳ họp: Bà Đinh Thị Hoài - Phó Chánh Văn phòng HĐND và UBND xã.
            """, url: "https://xuanque.dongnai.gov.vn/vi/news/hoi-dong-nhan-dan-xa/hdnd-xa-xuan-que-258.html", published: "2025-12-26"))
        #expect(Self.positions(a) == [
            "Lê Văn Tưởng": ["Bí thư | Đảng ủy xã Xuân Quế", "Chủ tịch | HĐND xã Xuân Quế"],
            "Lê Văn Bình": ["Phó Bí thư | Đảng ủy xã Xuân Quế", "Chủ tịch | UBND xã Xuân Quế"],
            "Đinh Thị Hoài": ["Phó Chánh Văn phòng | Văn phòng HĐND và UBND xã Xuân Quế"],
        ])
    }

    @Test func decisionAfterAnotherPersonsVerb_leavesThePresentOneAParticipant() {
        // Cường presents flowers; Thanh is the one elected.
        let a = Self.annotate("""
            Tại kỳ họp lần thứ nhất, ông Phan Việt Cường - Bí thư Tỉnh ủy tặng hoa chúc mừng ông Lê Trí Thanh được bầu giữ chức \
            Chủ tịch UBND tỉnh.
            """)
        #expect(Self.roles(a) == [["Phan Việt Cường: attendee"]])
        // Candidates ("ứng cử viên") who meet voters take part.
        let b = Self.annotate("Các ứng cử viên gồm ông Lê Trí Thanh - Phó Chủ tịch UBND tỉnh đã tiếp xúc cử tri tại hội nghị.")
        #expect(Self.roles(b) == [["Lê Trí Thanh: attendee"]])
        // A digest's ";" at the very end of a sentence before a caption in parentheses.
        let c = Self.annotate("Các hoạt động: làm việc với Sở Y tế; thăm bệnh viện;\n(Ảnh: BNP)")
        #expect(c.events.isEmpty)
    }

    @Test func classifierBeforeAnOffice_stillRefersToItsHolder() {
        let a = Self.annotate("Tại hội nghị, ông Trần Văn Nam - Chủ tịch UBND tỉnh phát biểu. Vị Chủ tịch UBND tỉnh nhấn mạnh nhiệm vụ.")
        #expect(Self.references(a) == ["Trần Văn Nam": ["Chủ tịch UBND tỉnh"]])
    }
}
