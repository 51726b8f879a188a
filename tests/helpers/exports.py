"""Compare JSON exports of two databases as a user would: same events, whatever their ids."""
from __future__ import annotations

import json
from pathlib import PurePath


def normalized_events(export_text: str, *, document_names_only: bool = False) -> list[str]:
    """Each event as one canonical JSON string, sorted; ids dropped (they follow arrival order),
    and with document_names_only a source's file name instead of its path (the same file reached
    through another folder is the same source)."""
    events = []
    for event in json.loads(export_text)["events"]:
        event = dict(event)
        event.pop("id", None)
        sources = []
        for source in event.get("sources", []):
            source = dict(source)
            if document_names_only:
                source["document"] = PurePath(source["document"]).name
            sources.append(json.dumps(source, sort_keys=True))
        event["sources"] = sorted(sources)
        events.append(json.dumps(event, sort_keys=True))
    return sorted(events)
