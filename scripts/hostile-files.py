"""Builds hostile inputs for `npm run bench -- refusal` with Python's zipfile (C zlib: seconds, where
jszip takes minutes). Never used by the product or the tests.

  python3 scripts/hostile-files.py entries OUT.docx COUNT
  python3 scripts/hostile-files.py bomb OUT.docx REPORT.docx PARTS GIB
"""
import sys
import zipfile


def entries(out: str, count: int) -> None:
    with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as z:
        for i in range(count):
            z.writestr(f"e/{i}", b"")


def bomb(out: str, report: str, parts: int, gib: int) -> None:
    """A real report with `parts` entries of `gib` GiB of zeros each in word/media (never read by the tool)."""
    chunk = bytes(16 * 1024 * 1024)
    with zipfile.ZipFile(report) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        for info in src.infolist():
            z.writestr(info, src.read(info.filename))
        for n in range(parts):
            with z.open(f"word/media/image{n}.bin", "w", force_zip64=True) as f:
                for _ in range(64 * gib):
                    f.write(chunk)


if __name__ == "__main__":
    kind = sys.argv[1]
    if kind == "entries":
        entries(sys.argv[2], int(sys.argv[3]))
    elif kind == "bomb":
        bomb(sys.argv[2], sys.argv[3], int(sys.argv[4]), int(sys.argv[5]))
    else:
        sys.exit(f"unknown kind {kind}")
