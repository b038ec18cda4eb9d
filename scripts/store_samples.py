"""Store the sample articles in the encodings their manifest names.

The samples are written in UTF-8; the manifest says which ones the repository
keeps as TCVN3, VNI or Windows-1258 bytes, so that the first command and the
tests meet legacy files as they are found in the wild. Running this again is
harmless: a file already stored in its legacy encoding is decoded first.

    .venv/bin/python scripts/store_samples.py
"""

from __future__ import annotations

from bantin.decode import decode_bytes, encode_text
from bantin.samples import manifest, samples_dir


def main() -> None:
    for entry in manifest():
        target = entry["store_as"]
        if target == "utf-8":
            continue
        path = samples_dir() / entry["file"]
        data = path.read_bytes()
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text = decode_bytes(data, source=str(path), encoding=target).text
        path.write_bytes(encode_text(text, target))
        print(f"{entry['file']}: stored as {target}")


if __name__ == "__main__":
    main()
