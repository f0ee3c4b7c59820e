#!/usr/bin/env python3
"""Checks `siaga report` as a person would see it: renders the reports in headless Chromium and
looks for the charts in the pixels.

Builds nothing. With the siaga binary (--siaga PATH, $SIAGA, or .build/debug/siaga), in a
temporary folder it runs
  siaga plan     scenarios/ketapang --strategy doctrine --scenarios 4
  siaga simulate scenarios/ketapang -r 20
  siaga compare  scenarios/ketapang --strategies doctrine,proportional --contingencies flood -r 10
then `siaga report` on the simulate and the compare folder, in English and in Indonesian, and
checks each of the four reports:
  - every chart's standalone <chart>.svg, rendered alone at its own size: inside the plot region
    it declares (the root's data-plot="x y width height"), enough strongly coloured pixels (data
    marks are Okabe-Ito or viridis colours; axes, grid, text and phase bands are grey or pale,
    so an empty chart fails), and the image is not blank;
  - report.html rendered whole: for every chart on the page, the same test in its plot region
    of the page screenshot, located by Chromium's own layout (a copy of the page with a short
    script that records each figure's box is dumped with --dump-dom; the checked page itself
    has no script), and every figure has a caption;
  - the page holds as many figures as the folder holds chart SVGs, and both languages hold the
    same charts.
Renders run two at a time, each Chromium with its own profile folder.

Usage: scripts/check-report.py [--siaga PATH] [--keep DIR] [--screenshot FILE.png]
  --keep DIR         write the runs and reports into DIR and keep them
  --screenshot FILE  also save the top of the English simulate report as FILE (docs/report-screenshot.png)
Exit status: 0 every check passed; 1 a check failed; 2 Chromium, Pillow or siaga is missing.
Needs Debian's chromium and python3-pil (scripts/deps installs them); when the python3 on PATH
lacks Pillow, the script runs itself again under /usr/bin/python3, where python3-pil lives.
"""
import argparse
import concurrent.futures
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import xml.etree.ElementTree as ElementTree

try:
    from PIL import Image, ImageChops
except ImportError:
    if os.path.realpath(sys.executable) != os.path.realpath("/usr/bin/python3") and os.path.exists("/usr/bin/python3"):
        os.execv("/usr/bin/python3", ["/usr/bin/python3"] + sys.argv)
    print("check-report: Pillow is missing: apt-get install python3-pil", file=sys.stderr)
    sys.exit(2)

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCENARIO = "scenarios/ketapang/scenario.yaml"
PAGE_WIDTH = 1000
# A pixel is "strongly coloured" when its channels spread by at least this much (0-255).
COLOURED_SPREAD = 60
# A plot region passes with at least this many strongly coloured pixels, and this share of its area.
MIN_COLOURED_PIXELS = 150
MIN_COLOURED_SHARE = 0.002

LAYOUT_SCRIPT = """<script>
(function () {
  var rows = [];
  document.querySelectorAll('figure.chart').forEach(function (figure) {
    var svg = figure.querySelector('svg'), box = svg.getBoundingClientRect();
    var caption = figure.querySelector('figcaption');
    rows.push([figure.id, box.left + window.scrollX, box.top + window.scrollY, box.width, box.height,
               svg.getAttribute('width'), svg.getAttribute('data-plot'),
               caption ? caption.textContent.trim().length : 0].join(','));
  });
  document.body.setAttribute('data-layout', rows.join(';') + '|' + document.documentElement.scrollHeight);
})();
</script>
"""


class Checks:
    def __init__(self):
        self.passed = 0
        self.failed = []
        self.lock = threading.Lock()

    def expect(self, condition, what):
        with self.lock:
            if condition:
                self.passed += 1
            else:
                self.failed.append(what)
                print("FAIL " + what)
        return condition


def run(arguments, what):
    result = subprocess.run(arguments, cwd=ROOT, capture_output=True, text=True)
    if result.returncode != 0:
        print("check-report: %s failed (exit %d):\n%s" % (what, result.returncode, result.stderr.strip()), file=sys.stderr)
        sys.exit(1)
    return result.stdout


def find_chromium():
    for name in [os.environ.get("CHROMIUM", ""), "chromium", "chromium-browser"]:
        if name and shutil.which(name):
            return shutil.which(name)
    return None


def chromium(binary, arguments, scratch):
    """Runs headless Chromium with its own profile folder; returns stdout."""
    profile = tempfile.mkdtemp(prefix="profile-", dir=scratch)
    command = [binary, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--force-device-scale-factor=1",
               "--no-first-run", "--user-data-dir=" + profile] + arguments
    result = subprocess.run(command, capture_output=True, text=True, timeout=120)
    shutil.rmtree(profile, ignore_errors=True)
    return result.stdout


def screenshot(binary, url, width, height, path, scratch):
    chromium(binary, ["--screenshot=" + path, "--window-size=%d,%d" % (width, height), url], scratch)
    return Image.open(path).convert("RGB") if os.path.exists(path) else None


def coloured_pixels(image, box):
    """Strongly coloured pixels in box (left, top, right, bottom), and the box's area."""
    region = image.crop(tuple(int(round(v)) for v in box))
    red, green, blue = region.split()
    spread = ImageChops.subtract(ImageChops.lighter(ImageChops.lighter(red, green), blue),
                                 ImageChops.darker(ImageChops.darker(red, green), blue))
    return sum(spread.histogram()[COLOURED_SPREAD:]), region.width * region.height


def drew(image, box):
    count, area = coloured_pixels(image, box)
    return count >= max(MIN_COLOURED_PIXELS, MIN_COLOURED_SHARE * area), count, area


def non_white_share(image):
    histogram = image.convert("L").histogram()
    return sum(histogram[:245]) / float(image.width * image.height)


def svg_geometry(path):
    root = ElementTree.parse(path).getroot()
    width, height = float(root.get("width")), float(root.get("height"))
    x, y, w, h = (float(v) for v in root.get("data-plot").split())
    return width, height, (x, y, x + w, y + h)


def short(folder):
    """`sim/report-en`: the run and the report folder."""
    return os.path.join(os.path.basename(os.path.dirname(folder)), os.path.basename(folder))


def check_svg(binary, folder, name, scratch, checks):
    path = os.path.join(folder, name)
    width, height, plot = svg_geometry(path)
    image = screenshot(binary, "file://" + path, int(width + 0.999), int(height + 0.999),
                       os.path.join(scratch, short(folder).replace("/", "-") + "-" + name + ".png"), scratch)
    label = "%s/%s" % (short(folder), name)
    if not checks.expect(image is not None, label + ": Chromium wrote a screenshot"):
        return
    ok, count, area = drew(image, plot)
    checks.expect(ok, "%s: the chart drew (%d coloured pixels in a %d-pixel plot region)" % (label, count, area))
    checks.expect(non_white_share(image) > 0.01, label + ": the image is not blank")
    print("  %-44s %6d coloured pixels in the plot region" % (label, count))


def check_page(binary, folder, charts, scratch, checks):
    label = short(folder) + "/report.html"
    with open(os.path.join(folder, "report.html"), encoding="utf-8") as page:
        html = page.read()
    checks.expect("<script" not in html, label + ": no script in the report")
    checks.expect(not re.search(r"""(src|href)=["']https?:""", html), label + ": nothing loaded from the network")
    probe = os.path.join(folder, ".layout-check.html")
    with open(probe, "w", encoding="utf-8") as out:
        out.write(html.replace("</body>", LAYOUT_SCRIPT + "</body>"))
    dom = chromium(binary, ["--window-size=%d,900" % PAGE_WIDTH, "--dump-dom", "file://" + probe], scratch)
    os.remove(probe)
    match = re.search(r'data-layout="([^"]*)"', dom)
    if not checks.expect(match is not None, label + ": Chromium laid out the page"):
        return
    rows, page_height = match.group(1).split("|")
    figures = [row.split(",") for row in rows.split(";") if row]
    checks.expect(sorted(f[0] for f in figures) == sorted(charts),
                  "%s: a figure for every chart SVG (%s vs %s)" % (label, [f[0] for f in figures], charts))
    height = min(int(float(page_height)) + 10, 16000)
    image = screenshot(binary, "file://" + os.path.join(folder, "report.html"), PAGE_WIDTH, height,
                       os.path.join(scratch, short(folder).replace("/", "-") + "-page.png"), scratch)
    if not checks.expect(image is not None, label + ": Chromium wrote a screenshot"):
        return
    for chart, left, top, width, _, svg_width, plot, caption in figures:
        left, top, width, scale = float(left), float(top), float(width), float(width) / float(svg_width)
        x, y, w, h = (float(v) for v in plot.split())
        box = (left + x * scale, top + y * scale, left + (x + w) * scale, top + (y + h) * scale)
        ok, count, area = drew(image, box)
        checks.expect(ok, "%s: chart %s drew on the page (%d coloured pixels in %d)" % (label, chart, count, area))
        checks.expect(int(caption) > 40, "%s: chart %s has a caption" % (label, chart))
        print("  %-44s %6d coloured pixels in the plot region, page y %d-%d" % (label + "#" + chart, count, box[1], box[3]))
    return image


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--siaga", default=os.environ.get("SIAGA", os.path.join(ROOT, ".build/debug/siaga")))
    parser.add_argument("--keep", help="folder to write into and keep")
    parser.add_argument("--screenshot", help="save the top of the English simulate report here")
    options = parser.parse_args()
    binary = find_chromium()
    if binary is None:
        print("check-report: chromium is missing: apt-get install chromium (scripts/deps chromium)", file=sys.stderr)
        return 2
    siaga = os.path.abspath(options.siaga)
    if not os.access(siaga, os.X_OK):
        print("check-report: no siaga binary at %s (build first, or pass --siaga PATH)" % siaga, file=sys.stderr)
        return 2
    work = os.path.abspath(options.keep) if options.keep else tempfile.mkdtemp(prefix="siaga-check-report-")
    os.makedirs(work, exist_ok=True)
    scratch = tempfile.mkdtemp(prefix="scratch-", dir=work)
    checks = Checks()
    try:
        plan, sim, cmp = (os.path.join(work, name) for name in ("plan", "sim", "cmp"))
        # --scenarios 4: the plan's model summary samples few peak hours (the doctrine plan is the same).
        run([siaga, "plan", SCENARIO, "--strategy", "doctrine", "--scenarios", "4", "--output", plan, "--force"], "siaga plan")
        run([siaga, "simulate", SCENARIO, "--plan", plan, "-r", "20", "--seed", "1", "--threads", "2", "--output", sim, "--force"],
            "siaga simulate")
        run([siaga, "compare", SCENARIO, "--strategies", "doctrine,proportional", "--contingencies", "flood", "-r", "10",
             "--threads", "2", "--output", cmp, "--force"], "siaga compare")
        reports = []
        for folder in (sim, cmp):
            for language in ("en", "id"):
                out = os.path.join(folder, "report-" + language)
                run([siaga, "report", folder, "--lang", language, "--output", out, "--force"], "siaga report %s --lang %s" % (folder, language))
                reports.append(out)
        charts = {out: sorted(name[:-4] for name in os.listdir(out) if name.endswith(".svg")) for out in reports}
        checks.expect(len(charts[reports[0]]) == 5, "the simulate report has 5 charts: %s" % charts[reports[0]])
        checks.expect(len(charts[reports[2]]) >= 1, "the compare report has charts: %s" % charts[reports[2]])
        for a, b in ((reports[0], reports[1]), (reports[2], reports[3])):
            checks.expect(charts[a] == charts[b], "both languages hold the same charts (%s)" % os.path.basename(os.path.dirname(a)))
        jobs = []
        with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
            for out in reports:
                jobs.append(pool.submit(check_page, binary, out, charts[out], scratch, checks))
                for chart in charts[out]:
                    jobs.append(pool.submit(check_svg, binary, out, chart + ".svg", scratch, checks))
            results = [job.result() for job in jobs]
        page = results[0]
        if options.screenshot and page is not None:
            top = page.crop((0, 0, PAGE_WIDTH, min(page.height, 1550)))
            # 800 pixels wide in 256 colours (octree keeps the pale phase bands apart): about 50 KB.
            top = top.resize((800, int(top.height * 800 / PAGE_WIDTH)), Image.LANCZOS)
            top = top.quantize(colors=256, method=Image.Quantize.FASTOCTREE)
            top.save(options.screenshot, optimize=True)
            print("saved %s (%d bytes)" % (options.screenshot, os.path.getsize(options.screenshot)))
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
        if not options.keep:
            shutil.rmtree(work, ignore_errors=True)
    print("check-report: %d passed, %d failed" % (checks.passed, len(checks.failed)))
    return 1 if checks.failed else 0


if __name__ == "__main__":
    sys.exit(main())
