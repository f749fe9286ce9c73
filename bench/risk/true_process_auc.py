#!/usr/bin/env python3
"""ROC AUC of the generator's own event process on a held-out window: the ceiling for any likelihood model.

Usage: true_process_auc.py DATA_DIR FROM TO [INTERCEPT_SHIFT]
  DATA_DIR  a folder written by `chaingraph generate` (CSV)
  FROM, TO  the test window [FROM, TO), e.g. 2025-10-01 2026-10-01 (see the `train` output)
  INTERCEPT_SHIFT  -0.9 for the scale preset (ScalePreset.EventInterceptShift), 0 for shenzhen

Population as in `chaingraph train`: firms founded before FROM without a recorded closure before FROM. The score is the
documented log-odds (docs/data-generation.md) at FROM's year; AUC by mid-ranks. Standard library only.
"""
import csv, collections, datetime as dt, math, sys

CONTROLLED = {"ic-eda", "ic-photoresist", "ic-litho", "ic-etch", "terminal-soc", "terminal-memory", "terminal-os",
              "terminal-rf", "uhd-display-codec", "medical-detector", "machine-tool-cnc"}


def main(folder, start, end, shift):
    firms = {r["id"]: r for r in csv.DictReader(open(f"{folder}/enterprises.csv", encoding="utf-8"))}
    members = list(csv.DictReader(open(f"{folder}/enterprise_segments.csv", encoding="utf-8")))
    primary = {}
    for m in members:
        primary.setdefault(m["enterprise_id"], m["segment_id"])
    shares = collections.defaultdict(lambda: collections.defaultdict(list))
    for s in csv.DictReader(open(f"{folder}/supplies.csv", encoding="utf-8")):
        shares[s["customer_id"]][s["segment_id"]].append(float(s["share"]))
    closed, hit = set(), set()
    for e in csv.DictReader(open(f"{folder}/events.csv", encoding="utf-8")):
        day = dt.date.fromisoformat(e["date"])
        if day < start and e["type"] == "closure":
            closed.add(e["enterprise_id"])
        if start <= day < end:
            hit.add(e["enterprise_id"])
    scored = []
    for fid, f in firms.items():
        founded = dt.date.fromisoformat(f["founded"])
        if founded >= start or fid in closed:
            continue
        odds = log_odds(f, fid, founded, primary, shares, start.year) + shift
        scored.append((odds, fid in hit, odds - status_term(f)))
    print(f"rows {len(scored)}, events {sum(y for _, y, _ in scored)}, true-process ROC AUC {auc([(s, y) for s, y, _ in scored]):.3f}, "
          f"without its status term {auc([(s, y) for _, y, s in scored]):.3f} (the ceiling for a model that may not use status)")


def log_odds(f, fid, founded, primary, shares, year):
    hhi = [sum((x / sum(v)) ** 2 for x in v) for v in shares[fid].values()] if fid in shares else []
    return (-4.3 + (0.5 if f["country"] != "CN" else 0)
            + (1.4 if primary.get(fid) in CONTROLLED and f["country"] in ("US", "NL", "JP") else 0)
            + 0.3 * min(4, max(-3, -math.log(float(f["annual_output"]))))
            + (0.7 if year - founded.year < 5 else 0)
            + 1.2 * float(f["energy_per_output"] or 0)
            + (sum(hhi) / len(hhi) if hhi else 0)
            + status_term(f)
            + {2020: 0.5, 2022: 0.4}.get(year, 0))


def status_term(f):
    # The generator draws more events for firms whose recorded status is not active. A model may not learn from
    # status (on real data today's status reports what already happened), so it is shown with and without this term.
    return 1.8 if f["status"] != "active" else 0


def auc(scored):
    scored.sort(key=lambda p: p[0])
    rank_sum, i = 0.0, 0
    while i < len(scored):
        j = i
        while j < len(scored) and scored[j][0] == scored[i][0]:
            j += 1
        rank_sum += (i + 1 + j) / 2 * sum(y for _, y in scored[i:j])
        i = j
    pos = sum(y for _, y in scored)
    neg = len(scored) - pos
    return (rank_sum - pos * (pos + 1) / 2) / (pos * neg)


if __name__ == "__main__":
    main(sys.argv[1], dt.date.fromisoformat(sys.argv[2]), dt.date.fromisoformat(sys.argv[3]),
         float(sys.argv[4]) if len(sys.argv) > 4 else 0.0)
