"""The engine stays headless, and the command line does not pay for Textual."""
from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_index_package_never_imports_textual_or_rich_console() -> None:
    for path in (ROOT / "index").glob("*.py"):
        tree = ast.parse(path.read_text(), str(path))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            for name in names:
                assert not name.startswith(("textual", "rich")), f"{path.name} imports {name}"


def test_cli_search_path_does_not_load_textual() -> None:
    code = "import sys, tui.cli, tui.commands, index.library; print('textual' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"
