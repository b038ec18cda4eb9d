"""The fonts of the PDF: DejaVu Sans (and Mono) from the system, embedded by WeasyPrint.

DejaVu covers every Vietnamese letter, precomposed or with combining marks
(Debian's ``fonts-dejavu-core``, installed by ``make demo`` and ``make test``).
The PDF names the files in ``@font-face`` rules instead of trusting fontconfig's
choice for "sans-serif", so the output is the same on every machine that has
them, and a machine without them gets a clear error instead of a PDF whose
accents fall back to whatever font is around.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from bantin.report._errors import ReportError

FONT_DIRS = (
    Path("/usr/share/fonts/truetype/dejavu"),
    Path("/usr/share/fonts/TTF"),
    Path("/usr/share/fonts/dejavu"),
    Path("/usr/local/share/fonts"),
)
"""Where Debian, Arch and Fedora put the DejaVu files; fontconfig is asked when none has them."""

FACES = (
    ("Bantin Sans", "normal", "DejaVuSans.ttf", "DejaVu Sans:style=Book"),
    ("Bantin Sans", "bold", "DejaVuSans-Bold.ttf", "DejaVu Sans:style=Bold"),
    ("Bantin Mono", "normal", "DejaVuSansMono.ttf", "DejaVu Sans Mono:style=Book"),
)
"""(CSS family, weight, file name, fontconfig pattern) of each face the PDF uses."""


def _fc_match(pattern: str, file_name: str) -> Path | None:
    if shutil.which("fc-match") is None:
        return None
    found = subprocess.run(["fc-match", "-f", "%{file}", pattern], capture_output=True, text=True, check=False)
    path = Path(found.stdout.strip()) if found.returncode == 0 and found.stdout.strip() else None
    # fontconfig answers with its best substitute when DejaVu is absent: only the file itself will do.
    return path if path is not None and path.name == file_name and path.is_file() else None


def font_file(file_name: str, pattern: str) -> Path:
    """The path of one DejaVu file, or a :class:`ReportError` saying which package to install."""
    for folder in FONT_DIRS:
        candidate = folder / file_name
        if candidate.is_file():
            return candidate
    found = _fc_match(pattern, file_name)
    if found is None:
        raise ReportError(
            f"the PDF report needs the font file {file_name} (DejaVu): install Debian's fonts-dejavu-core "
            "(apt-get install fonts-dejavu-core), or write HTML or Markdown instead (--format html|md)"
        )
    return found


def font_paths() -> list[Path]:
    """The files of every face the PDF uses, in the order of :data:`FACES`."""
    return [font_file(file_name, pattern) for _family, _weight, file_name, pattern in FACES]


def font_faces_css() -> str:
    """``@font-face`` rules naming the DejaVu files for the PDF's families."""
    rules = []
    for (family, weight, _file_name, _pattern), path in zip(FACES, font_paths()):
        rules.append(
            f'@font-face {{ font-family: "{family}"; font-weight: {weight}; src: url("{path.as_uri()}"); }}'
        )
    return "\n".join(rules)
