"""Run `timeline-app` like `python -m timeline_app`, with optional test-only fault injection.

Environment (all optional):
  TIMELINE_TEST_STUB=1         use helpers.stub_extractor instead of the real extractor
  TIMELINE_TEST_VANISH=PATH    delete PATH after the folder walk lists it, before it is read
  TIMELINE_TEST_DENY=PATH      opening PATH raises PermissionError (chmod 000 does not stop root)
"""
from __future__ import annotations

import os
import pathlib
import runpy
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent))


def _install() -> None:
    from timeline_app.ingest import pipeline

    if os.environ.get("TIMELINE_TEST_STUB") == "1":
        from helpers.stub_extractor import stub_extract

        pipeline.extract_document = stub_extract
    vanish = os.environ.get("TIMELINE_TEST_VANISH")
    if vanish:
        real_expand = pipeline.expand_paths

        def expand_then_delete(paths):  # type: ignore[no-untyped-def]
            yield from real_expand(paths)
            os.remove(vanish)

        pipeline.expand_paths = expand_then_delete
    deny = os.environ.get("TIMELINE_TEST_DENY")
    if deny:
        real_open = pathlib.Path.open

        def guarded_open(self, *args, **kwargs):  # type: ignore[no-untyped-def]
            if os.path.abspath(self) == os.path.abspath(deny):
                raise PermissionError(13, "Permission denied", str(self))
            return real_open(self, *args, **kwargs)

        pathlib.Path.open = guarded_open  # type: ignore[method-assign]

        import builtins

        from timeline_app.ingest import reader

        def guarded_builtin_open(file, *args, **kwargs):  # type: ignore[no-untyped-def]
            if isinstance(file, (str, os.PathLike)) and os.path.abspath(file) == os.path.abspath(deny):
                raise PermissionError(13, "Permission denied", os.fspath(file))
            return builtins.open(file, *args, **kwargs)

        reader.open = guarded_builtin_open  # type: ignore[attr-defined]  # read_raw opens with the builtin


if __name__ == "__main__":
    _install()
    sys.argv[0] = "timeline-app"
    runpy.run_module("timeline_app", run_name="__main__", alter_sys=True)
