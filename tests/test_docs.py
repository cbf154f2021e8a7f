"""Docs that cannot drift: every command has help text and a place in the README."""
from __future__ import annotations

import click
import pytest
from click.testing import CliRunner

from conftest import ROOT
from contest_tracker.cli import cli


def all_commands(group: click.Group, prefix: str = ""):
    for name, command in group.commands.items():
        if isinstance(command, click.Group):
            yield from all_commands(command, f"{prefix}{name} ")
        else:
            yield f"{prefix}{name}", command


COMMANDS = list(all_commands(cli))


@pytest.mark.parametrize("name,command", COMMANDS, ids=[n for n, _ in COMMANDS])
def test_every_command_has_help_with_an_example(name, command):
    assert command.help and "Example:" in command.help, name
    result = CliRunner().invoke(cli, [*name.split(), "--help"])
    assert result.exit_code == 0 and "Example:" in result.output


@pytest.mark.parametrize("name", [n for n, _ in COMMANDS])
def test_every_command_is_in_the_readme(name):
    assert f"contest-tracker {name}" in (ROOT / "README.md").read_text(encoding="utf-8")


def test_readme_starts_with_the_two_commands():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    demo, test = readme.index("./run demo"), readme.index("./run test")
    assert demo < test < readme.index("## ")
    assert "./run test" in (ROOT / ".ci" / "run").read_text()


def test_architecture_names_every_module():
    architecture = (ROOT / "ARCHITECTURE.md").read_text(encoding="utf-8")
    for package in ("crawler", "db", "contest_tracker"):
        for module in (ROOT / package).rglob("*.py"):
            if module.name == "__init__.py":
                continue
            assert module.stem in architecture, f"{module.relative_to(ROOT)} is not in ARCHITECTURE.md"
