#!/usr/bin/env python3
"""Runs every benchmark and writes its figures into docs/performance.md.

The prose of docs/performance.md (what changed, why, what is left) is written by hand; the
figures it rests on are not: this script runs each Google Benchmark binary under bench/ with
JSON output, and every measured command (scripts in bench/ that print JSON), and regenerates
the part of the document between the markers

    <!-- perf-report:begin -->  ...  <!-- perf-report:end -->

with the machine (CPU, cores, memory, kernel, load before and after), the date and build, and
one table per benchmark with its target and whether this run met it. A run on a loaded
machine says so in the table's heading rather than being passed off as a quiet one.

Usage:
  scripts/perf-report.py [--build DIR] [--quick] [--output FILE] [--only NAME ...]

--quick gives each benchmark a short run (what the test command does, to show they work) and,
unless --output names another file, writes to build/<preset>/perf-report-quick.md instead of
the document. Exits non-zero when a benchmark fails to run or prints no figures.
"""
import argparse
import datetime
import json
import os
import platform
import re
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DOC = os.path.join(ROOT, "docs", "performance.md")
BEGIN = "<!-- perf-report:begin -->"
END = "<!-- perf-report:end -->"

OFFSCREEN = {"QT_QPA_PLATFORM": "offscreen"}

# Each Google Benchmark binary: the arguments of a full run and of a quick one, and targets:
# (regular expression on the benchmark's name, the figure, the limit, "<=" or ">=").
# A figure is "real_time" / "cpu_time" (in the benchmark's own unit), "items_per_second",
# or any user counter the benchmark reports.
BENCHMARKS = [
    {
        "name": "bench_consume",
        "full": [],
        "quick": ["--benchmark_min_time=0.2"],
        "targets": [],
    },
    {
        "name": "bench_admin_tenants",
        "full": [],
        "quick": ["--benchmark_filter=/100/"],
        "targets": [(r"^BM_TenantListFirstPage/100/", "p95_ms", 50, "<=")],
    },
    {
        "name": "bench_export_cli",
        "full": [],
        "quick": ["--benchmark_filter=/100000/"],
        "targets": [],
    },
    {
        "name": "bench_history",
        "full": [],
        "quick": ["--benchmark_min_time=0.05"],
        "targets": [],
    },
    {
        "name": "bench_chart",
        "env": OFFSCREEN,
        "full": [],
        "quick": ["--benchmark_min_time=0.05", "--benchmark_filter=Decimated"],
        "targets": [
            (r"^BM_DecimatedM4_ExactOneThread", "cpu_time", 1000, "<="),
            (r"^BM_DecimatedM4_PyramidQuery/", "cpu_time", 200, "<="),
            (r"^BM_DecimatedChart_Frame", "real_time", 16, "<="),
        ],
    },
    {
        "name": "bench_tenants_view",
        "env": OFFSCREEN,
        "full": [],
        "quick": ["--benchmark_min_time=0.05"],
        "targets": [],
    },
    {
        "name": "bench_export",
        "full": [],
        "quick": ["--benchmark_min_time=0.05"],
        "targets": [],
    },
]

# Measured commands (whole processes): a script under bench/, its arguments for a full and a
# quick run ({build} is the build directory), and a parser that turns what it printed into
# figures: dicts with name, value, unit and optionally target and compare ("<=" or ">=").


def wrk_figures(stdout):
    """bench/wrk/run-consume.sh prints one JSON object per durability mode."""
    decoder = json.JSONDecoder()
    text, at, figures = stdout, 0, []
    while True:
        start = text.find("{", at)
        if start < 0:
            break
        obj, at = decoder.raw_decode(text, start)
        mode = f"{obj['mode']} durability, {obj['connections']} connections"
        # Issue 16's rate and latency targets are for the default (process) durability; power
        # durability's figures are stated beside them, without a target.
        targeted = obj["mode"] == "process"
        figures += [
            {"name": f"consumes/s ({mode})", "value": obj["consumes_per_s"], "unit": "/s",
             "target": 20000 if targeted else None, "compare": ">="},
            {"name": f"p99 latency ({mode})", "value": obj["p99_ms"], "unit": "ms",
             "target": 5 if targeted else None, "compare": "<="},
            {"name": f"p50 latency ({mode})", "value": obj["p50_ms"], "unit": "ms"},
            {"name": f"server CPU per consume ({mode})",
             "value": obj["server_cpu_us_per_consume"], "unit": "µs"},
            {"name": f"every acknowledged consume stored ({mode})",
             "value": 1 if obj["exact"] else 0, "unit": "(1 = yes)", "target": 1,
             "compare": ">="},
        ]
    return figures


def startup_figures(stdout):
    """bench/startup/measure-startup.sh prints a line per case (see its header)."""
    figures = []
    for line in stdout.splitlines():
        m = re.match(r"(demo screenshot, end to end|returning user, first frame from the cache): "
                     r"(\d+) runs, wall median ([\d.]+) ms, min ([\d.]+) ms", line)
        if m:
            target = 600 if m.group(1).startswith("demo") else None
            figures.append({"name": f"{m.group(1)}: wall, process start to exit (median)",
                            "value": float(m.group(3)), "unit": "ms", "target": target})
            last = m.group(1)
            continue
        m = re.match(r"\s+phases \(median ms since process start\): (.*)", line)
        if m and figures:
            for part in m.group(1).split(", "):
                phase, ms = part.rsplit(" ", 1)
                target = 300 if (phase == "cachedPainted" and "cache" in last) else None
                figures.append({"name": f"{last}: {phase}", "value": float(ms), "unit": "ms",
                                "target": target})
            continue
        m = re.match(r"idle, minimised, polling every 60 s: ([\d.]+) wake-ups/s over ([\d.]+) s"
                     r".*VmRSS ([\d.]+) MB", line)
        if m:
            figures.append({"name": f"idle: wake-ups per second (over {m.group(2)} s)",
                            "value": float(m.group(1)), "unit": "/s", "target": 0.2})
            figures.append({"name": "idle: resident memory", "value": float(m.group(3)),
                            "unit": "MB", "target": 60})
    return figures


COMMANDS = [
    {
        "script": "bench/wrk/run-consume.sh",
        "args": ["--server", "{build}/server/quotawatch-server", "--duration", "10"],
        "quick": ["--server", "{build}/server/quotawatch-server", "--duration", "2"],
        "parse": wrk_figures,
    },
    {
        "script": "bench/startup/measure-startup.sh",
        "args": ["-n", "10", "-s", "180", "-b", "{build}", "demo", "cached", "idle"],
        "quick": ["-n", "2", "-s", "60", "-b", "{build}", "demo", "cached", "idle"],
        "parse": startup_figures,
    },
]


def machine():
    def first_line(cmd):
        try:
            return subprocess.run(cmd, capture_output=True, text=True, check=True).stdout
        except (OSError, subprocess.CalledProcessError):
            return ""

    cpu = ""
    for line in first_line(["lscpu"]).splitlines():
        if line.startswith("Model name:"):
            cpu = line.split(":", 1)[1].strip()
    memory = ""
    try:
        with open("/proc/meminfo") as f:
            kib = int(f.readline().split()[1])
            memory = f"{kib / 1024 / 1024:.0f} GiB"
    except (OSError, ValueError, IndexError):
        pass
    return {"cpu": cpu or platform.processor() or "unknown", "cores": os.cpu_count(),
            "memory": memory, "kernel": platform.release()}


def load():
    return os.getloadavg()[0]


def value_of(bench, figure):
    if figure in bench:
        return bench[figure]
    return None


def met(value, limit, compare):
    return value <= limit if compare == "<=" else value >= limit


def fmt(value):
    if value is None:
        return ""
    if isinstance(value, float):
        if value >= 100:
            return f"{value:,.0f}"
        if value >= 1:
            return f"{value:.3g}" if value < 10 else f"{value:.1f}"
        return f"{value:.3g}"
    return str(value)


def run_benchmark(build, spec, quick):
    exe = os.path.join(build, "bench", spec["name"])
    if not os.access(exe, os.X_OK):
        raise RuntimeError(f"{spec['name']}: not built ({exe})")
    env = dict(os.environ)
    env.update(spec.get("env", {}))
    with tempfile.NamedTemporaryFile(suffix=".json", delete=False) as out:
        path = out.name
    try:
        args = [exe, f"--benchmark_out={path}", "--benchmark_out_format=json"]
        args += spec["quick"] if quick else spec["full"]
        before = load()
        proc = subprocess.run(args, env=env, cwd=build, stdout=subprocess.DEVNULL,
                              stderr=subprocess.PIPE, text=True)
        if proc.returncode != 0:
            raise RuntimeError(f"{spec['name']}: exit code {proc.returncode}\n{proc.stderr[-2000:]}")
        with open(path) as f:
            data = json.load(f)
    finally:
        os.unlink(path)
    runs = [b for b in data.get("benchmarks", []) if b.get("run_type") != "aggregate"
            or b.get("aggregate_name") == "median"]
    if not runs:
        raise RuntimeError(f"{spec['name']}: printed no figures")
    return {"runs": runs, "load": (before, load())}


def benchmark_table(spec, result):
    lines = [f"### `{spec['name']}` (load {result['load'][0]:.1f} before, "
             f"{result['load'][1]:.1f} after)", ""]
    counters = []
    for run in result["runs"]:
        for key, value in run.items():
            if key in ("name", "run_name", "run_type", "repetitions", "repetition_index",
                       "threads", "iterations", "real_time", "cpu_time", "time_unit",
                       "family_index", "per_family_instance_index", "aggregate_name",
                       "aggregate_unit", "error_occurred", "error_message", "label"):
                continue
            if isinstance(value, (int, float)) and key not in counters:
                counters.append(key)
    header = ["benchmark", "wall", "CPU"] + counters + ["target"]
    lines.append("| " + " | ".join(header) + " |")
    lines.append("|" + " --- |" * len(header))
    for run in result["runs"]:
        unit = run.get("time_unit", "ns")
        verdicts = []
        for pattern, figure, limit, compare in spec["targets"]:
            if re.search(pattern, run["name"]):
                value = value_of(run, figure)
                if value is not None:
                    word = "met" if met(value, limit, compare) else "**not met**"
                    verdicts.append(f"{figure} {compare} {fmt(float(limit))}: {word}")
        row = [run["name"].replace("|", "\\|"), f"{fmt(run['real_time'])} {unit}",
               f"{fmt(run['cpu_time'])} {unit}"]
        row += [fmt(run.get(c)) for c in counters]
        row.append("; ".join(verdicts))
        lines.append("| " + " | ".join(row) + " |")
    lines.append("")
    return lines


def run_command(build, spec, quick):
    args = [os.path.join(ROOT, spec["script"])]
    args += [a.replace("{build}", build) for a in (spec["quick"] if quick else spec["args"])]
    before = load()
    proc = subprocess.run(args, cwd=ROOT, capture_output=True, text=True)
    if proc.returncode != 0:
        raise RuntimeError(f"{spec['script']}: exit code {proc.returncode}\n"
                           f"{proc.stdout[-2000:]}\n{proc.stderr[-2000:]}")
    try:
        figures = spec["parse"](proc.stdout)
    except (ValueError, KeyError) as error:
        raise RuntimeError(f"{spec['script']}: output not understood ({error})")
    if not figures:
        raise RuntimeError(f"{spec['script']}: printed no figures\n{proc.stdout[-2000:]}")
    return {"figures": figures, "load": (before, load())}


def command_table(spec, result):
    lines = [f"### `{spec['script']}` (load {result['load'][0]:.1f} before, "
             f"{result['load'][1]:.1f} after)", "",
             "| figure | value | target |", "| --- | --- | --- |"]
    for figure in result["figures"]:
        verdict = ""
        if figure.get("target") is not None and figure.get("value") is not None:
            compare = figure.get("compare", "<=")
            word = "met" if met(figure["value"], figure["target"], compare) else "**not met**"
            verdict = f"{compare} {fmt(float(figure['target']))} {figure.get('unit', '')}: {word}"
        lines.append(f"| {figure['name']} | {fmt(figure['value'])} {figure.get('unit', '')} | "
                     f"{verdict} |")
    lines.append("")
    return lines


def render(build, quick, results):
    m = machine()
    build_type = ""
    try:
        with open(os.path.join(build, "CMakeCache.txt")) as f:
            for line in f:
                if line.startswith("CMAKE_BUILD_TYPE:"):
                    build_type = line.split("=", 1)[1].strip()
    except OSError:
        pass
    now = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    lines = [BEGIN, "",
             "## Figures of the last full run (generated by `scripts/perf-report.py`)", "",
             f"Run {now}{' (quick: short runs, not figures to quote)' if quick else ''}; "
             f"machine: {m['cpu']}, {m['cores']} cores, {m['memory']}, Linux {m['kernel']}; "
             f"build: {build_type or 'unknown'} (`{os.path.relpath(build, ROOT)}`). "
             "The load average before and after each benchmark is in its heading: above 1 on "
             "these 2 cores, wall times include waiting for the CPU.", ""]
    for kind, spec, result in results:
        lines += benchmark_table(spec, result) if kind == "bench" else command_table(spec, result)
    lines.append(END)
    return "\n".join(lines) + "\n"


def write(path, block):
    text = ""
    if os.path.exists(path):
        with open(path) as f:
            text = f.read()
    if BEGIN in text and END in text:
        head, rest = text.split(BEGIN, 1)
        tail = rest.split(END, 1)[1].lstrip("\n")
        text = head + block + ("\n" + tail if tail else "")
    else:
        text = (text.rstrip("\n") + "\n\n" if text else "") + block
    with open(path + ".tmp", "w") as f:
        f.write(text)
    os.replace(path + ".tmp", path)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--build", default=os.path.join(ROOT, "build", "release"))
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--output")
    parser.add_argument("--only", nargs="*", default=[])
    args = parser.parse_args()
    build = os.path.abspath(args.build)
    output = args.output or (os.path.join(build, "perf-report-quick.md") if args.quick else DOC)

    results = []
    failures = []
    for spec in BENCHMARKS:
        if args.only and spec["name"] not in args.only:
            continue
        print(f"perf-report: {spec['name']}", flush=True)
        try:
            results.append(("bench", spec, run_benchmark(build, spec, args.quick)))
        except RuntimeError as error:
            failures.append(str(error))
    for spec in COMMANDS:
        if args.only and spec["script"] not in args.only:
            continue
        print(f"perf-report: {spec['script']}", flush=True)
        try:
            results.append(("command", spec, run_command(build, spec, args.quick)))
        except RuntimeError as error:
            failures.append(str(error))
    block = render(build, args.quick, results)
    write(output, block)
    if args.quick:
        print(block)  # the CI log shows the short runs' figures
    print(f"perf-report: wrote {output}")
    for failure in failures:
        print(f"perf-report: FAILED {failure}", file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
