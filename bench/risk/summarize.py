#!/usr/bin/env python3
"""Prints the held-out rows of risk model files as a markdown table (bench/RESULTS.md, issue 13).

Usage: summarize.py NAME=MODEL_FILE ...   (MODEL_FILE: a risk-model.zip, or a version-1 risk-model.json)
Columns: ROC AUC, PR AUC, Brier, ECE over the test deciles, fit + calibrate seconds (from the model's summary), events.
"""
import json, zipfile, sys, re
def load(path):
    if path.endswith('.zip'):
        with zipfile.ZipFile(path) as z: return json.loads(z.read('model.json'))
    return json.load(open(path))
def ece(bins):
    n = sum(b['count'] for b in bins)
    return sum(b['count'] / n * abs(b['meanPredicted'] - b['observedRate']) for b in bins)
def secs(summary):
    m = re.search(r'in ([0-9.]+) s', summary); return m.group(1) if m else ''
for name, path in [(a.split('=')[0], a.split('=')[1]) for a in sys.argv[1:]]:
    d = load(path)
    for e in d['evaluations']:
        t = e['test']
        print(f"| {name} | {e['kind']}{' (primary)' if e['kind']==d['primary'] else ''} | {t['rocAuc']:.3f} | {t['prAuc']:.3f} | {t['brier']:.5f} | {ece(t['calibration']):.4f} | {secs(e['summary'])} | {t['positives']} |")
