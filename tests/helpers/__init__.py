"""Small helpers shared by the robustness tests (subprocess runner, corpus generator, stubs)."""
