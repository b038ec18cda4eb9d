"""The documentation stays true: commands, options and the record's schema."""

from __future__ import annotations

import json
import re
import subprocess
import sys

import typer.main

from bantin.cli import app
from bantin.record import article_json_schema
from tests.conftest import REPO

README = (REPO / "README.md").read_text(encoding="utf-8")


def _commands() -> dict:
    group = typer.main.get_command(app)
    return dict(group.commands)  # type: ignore[attr-defined]


def test_every_command_is_in_the_readme() -> None:
    for name in _commands():
        assert f"`bantin {name}" in README, f"README does not document 'bantin {name}'"


def test_every_option_is_in_the_readme() -> None:
    for name, command in _commands().items():
        for param in command.params:
            for option in getattr(param, "opts", []):
                if option.startswith("--"):
                    assert option in README, f"README does not document {option} of 'bantin {name}'"


def test_readme_quick_start_has_exactly_two_commands() -> None:
    quick_start = README.split("## Quick start", 1)[1].split("##", 1)[0]
    block = re.search(r"```sh\n(.*?)```", quick_start, re.S)
    assert block is not None
    commands = [line for line in block.group(1).splitlines() if line.strip() and not line.startswith("#")]
    assert [c.split("#")[0].strip() for c in commands] == ["make demo", "make test"]


def test_ci_runs_the_readme_test_command() -> None:
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    assert "make test" in ci


def test_committed_schema_is_current() -> None:
    committed = json.loads((REPO / "docs" / "article.schema.json").read_text(encoding="utf-8"))
    assert committed == article_json_schema(), "run: bantin schema > docs/article.schema.json"


def test_record_keys_of_the_design_are_in_the_schema() -> None:
    properties = article_json_schema()["properties"]
    for key in ("title", "lead", "paragraphs", "captions", "byline", "authors", "attribution", "dateline",
                "published", "text", "facts", "provenance"):
        assert key in properties
    fact = article_json_schema()["$defs"]["Fact"]["properties"]
    assert {"kind", "text", "start", "end", "value"} <= set(fact)


def test_help_runs() -> None:
    result = subprocess.run([sys.executable, "-m", "bantin", "--help"], capture_output=True, check=False)
    assert result.returncode == 0
    assert b"extract" in result.stdout
