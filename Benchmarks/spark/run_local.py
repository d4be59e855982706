#!/usr/bin/env python3
"""Runs a JSON Lines corpus through `vietie annotate` under Apache Spark in local mode and checks that the
records equal those of one `vietie` process.

    python3 Benchmarks/spark/run_local.py [--mb 4 | --corpus FILE] [--master 'local[2]'] [--partitions 4]
                                          [--vietie .build/release/vietie] [--ship] [--json-out FILE]

Each partition of the corpus is piped (RDD.pipe) through `vietie annotate --jsonl --jobs 1 --quiet`; the
collected records are compared with the single-process output as a mapping from id to the record's exact
JSON line (partitions may come back in any order), and the counts are checked. With --ship the binary and
Gazetteers/ travel as a cluster job's would: SparkContext.addFile and addArchive, the gazetteers named by
VIETIE_GAZETTEERS. Nothing here uses the network.
"""
import argparse
import json
import os
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def dev_records(dev):
    """The development texts as {id, text, published?, url?} records."""
    records = []
    for name in ("seeds.gold.jsonl", "news.gold.jsonl"):
        path = os.path.join(dev, name)
        if not os.path.exists(path):
            continue
        with open(path, encoding="utf-8") as f:
            for line in f:
                v = json.loads(line)
                r = {"id": v["id"], "text": v["text"]}
                if v.get("published"):
                    r["published"] = v["published"]
                url = v.get("url") or v.get("source_url")
                if url:
                    r["url"] = url
                records.append(r)
    return records


def write_corpus(records, megabytes, path):
    """The development texts cycled to at least `megabytes` MB, ids <id>#<cycle>; returns the record count."""
    target, size, count, cycle = int(megabytes * 1e6), 0, 0, 0
    with open(path, "w", encoding="utf-8") as f:
        while size < target:
            for r in records:
                if size >= target:
                    break
                line = json.dumps(dict(r, id=f"{r['id']}#{cycle}"), ensure_ascii=False) + "\n"
                f.write(line)
                size += len(line.encode("utf-8"))
                count += 1
            cycle += 1
    return count


def by_id(lines, what):
    """Record lines keyed by id; a repeated id is an error (the comparison would hide it)."""
    out = {}
    for line in lines:
        rid = json.loads(line).get("id")
        if rid in out:
            raise SystemExit(f"{what}: id {rid!r} appears twice")
        out[rid] = line
    return out


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--corpus", help="a JSON Lines corpus (default: the development texts cycled to --mb MB)")
    p.add_argument("--mb", type=float, default=4.0)
    p.add_argument("--dev", default=os.path.join(os.path.dirname(REPO), "shared", "dev"))
    p.add_argument("--vietie", default=os.path.join(REPO, ".build", "release", "vietie"))
    p.add_argument("--gazetteers", default=os.path.join(REPO, "Gazetteers"),
                   help="the Gazetteers/ directory the workers use (VIETIE_GAZETTEERS)")
    p.add_argument("--master", default="local[2]")
    p.add_argument("--partitions", type=int, default=4)
    p.add_argument("--ship", action="store_true", help="distribute the binary and the gazetteers through Spark")
    p.add_argument("--json-out", help="write the result as JSON to this file")
    a = p.parse_args()

    vietie = os.path.abspath(a.vietie)
    if not os.access(vietie, os.X_OK):
        raise SystemExit(f"no vietie binary at {vietie}: swift build -c release, or --vietie PATH")
    work = tempfile.mkdtemp(prefix="vietie-spark-")
    try:
        corpus = a.corpus
        if corpus is None:
            records = dev_records(a.dev)
            if not records:
                raise SystemExit(f"no development texts in {a.dev}")
            corpus = os.path.join(work, "corpus.jsonl")
            write_corpus(records, a.mb, corpus)
        corpus = os.path.abspath(corpus)
        with open(corpus, encoding="utf-8") as f:
            input_records = sum(1 for line in f if line.strip())
        corpus_bytes = os.path.getsize(corpus)

        # One process, one thread: the reference.
        reference = os.path.join(work, "reference.jsonl")
        start = time.monotonic()
        env = dict(os.environ, VIETIE_GAZETTEERS=os.path.abspath(a.gazetteers))
        single = subprocess.run([vietie, "annotate", "--jsonl", corpus, "--jobs", "1", "--quiet", "--out", reference], env=env)
        single_seconds = time.monotonic() - start
        with open(reference, encoding="utf-8") as f:
            single_lines = f.read().splitlines()

        # Local mode talks to itself over the loopback interface only.
        os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
        from pyspark import SparkFiles
        from pyspark.sql import SparkSession

        spark = (SparkSession.builder.master(a.master).appName("vietie-annotate")
                 .config("spark.ui.enabled", "false").config("spark.ui.showConsoleProgress", "false").config("spark.driver.host", "127.0.0.1")
                 .config("spark.driver.bindAddress", "127.0.0.1").getOrCreate())
        sc = spark.sparkContext
        sc.setLogLevel("ERROR")
        start = time.monotonic()
        if a.ship:
            archive = os.path.join(work, "gazetteers.tar.gz")
            with tarfile.open(archive, "w:gz") as t:
                t.add(os.path.abspath(a.gazetteers), arcname="Gazetteers")
            sc.addFile(vietie)
            sc.addArchive(archive)
            command = SparkFiles.get(os.path.basename(vietie))
            gazetteers = os.path.join(SparkFiles.getRootDirectory(), os.path.basename(archive), "Gazetteers")
            # The shipped copies, as a worker sees them (a missing one would let vietie fall back to others).
            seen = sc.parallelize([0], 1).map(
                lambda _: (os.access(command, os.X_OK), os.path.exists(os.path.join(gazetteers, "index.tsv")))).collect()
            if seen != [(True, True)]:
                raise SystemExit(f"the shipped binary or gazetteers are missing on the worker: {seen}")
        else:
            command, gazetteers = vietie, os.path.abspath(a.gazetteers)
        lines = (sc.textFile(corpus, minPartitions=a.partitions)
                 .pipe(f"{command} annotate --jsonl --jobs 1 --quiet", env={"VIETIE_GAZETTEERS": gazetteers})
                 .collect())
        spark_seconds = time.monotonic() - start
        partitions = sc.textFile(corpus, minPartitions=a.partitions).getNumPartitions()
        spark.stop()

        spark_records, single_records = by_id(lines, "spark"), by_id(single_lines, "single process")
        differing = [k for k in single_records if spark_records.get(k) != single_records[k]]
        result = {
            "corpus_bytes": corpus_bytes,
            "input_records": input_records,
            "single_process_records": len(single_lines),
            "spark_records": len(lines),
            "error_records": sum(1 for line in lines if "error" in json.loads(line)),
            "missing_in_spark": len(set(single_records) - set(spark_records)),
            "extra_in_spark": len(set(spark_records) - set(single_records)),
            "differing_records": len(differing),
            "equal": spark_records == single_records and len(lines) == len(single_lines) == input_records,
            "single_process_seconds": round(single_seconds, 2),
            "spark_seconds": round(spark_seconds, 2),
            "master": a.master,
            "partitions": partitions,
            "shipped": a.ship,
            "exit_status_single": single.returncode,
        }
        print(json.dumps(result, indent=2))
        if a.json_out:
            with open(a.json_out, "w", encoding="utf-8") as f:
                json.dump(result, f, indent=2)
                f.write("\n")
        return 0 if result["equal"] else 1
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
