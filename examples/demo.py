"""
The main job in Python: read the bundled articles, extract their claims, store them,
link them, and write an HTML attribution report.

    python examples/demo.py [FOLDER] [--workers N]

The same as `claimtrack demo`, spelled out with the library so each step can be changed.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from claimtrack.ingest import read_paths
from claimtrack.report import report
from claimtrack.scale import extract_many
from claimtrack.store import Store

HERE = Path(__file__).resolve().parent


def main() -> None:
    parser = argparse.ArgumentParser(description="Run claimtrack on a folder of articles.")
    parser.add_argument("folder", nargs="?", default=HERE / "articles", type=Path)
    parser.add_argument("--db", default="claimtrack.db")
    parser.add_argument("--out", default="out", type=Path)
    parser.add_argument("--workers", type=int, default=1, help="0: one process per core")
    args = parser.parse_args()

    with Store(args.db) as store:
        # 1. Read and extract (in worker processes when asked); store in this process.
        for outcome in extract_many(read_paths([args.folder]), workers=args.workers):
            if outcome.document is None:
                print(f"failed {outcome.record.origin}: {outcome.error}")
            elif store.add(outcome.document):
                print(
                    f"stored {len(outcome.document.claims):2} claims from {outcome.record.origin}"
                )

        # 2. Link the claims across articles, and keep the result in the store.
        graph = store.graph()
        store.save_relations(graph)

        # 3. Ask what stands unverified and what conflicts.
        unverified = list(graph.unverified())
        print(f"\n{len(unverified)} unverified claims")
        for link in graph.conflicts():
            a, b = graph.claim(link.a), graph.claim(link.b)
            print(
                f"conflict: {a.attribution.speaker_name} says {', '.join(map(str, a.figures))}; "
                f"{b.attribution.speaker_name} says {', '.join(map(str, b.figures))}"
            )

        # 4. Write the report.
        args.out.mkdir(parents=True, exist_ok=True)
        target = args.out / "report.html"
        target.write_text(report(graph, format="html"), encoding="utf-8")
        print(f"\nReport: {target}")


if __name__ == "__main__":
    main()
