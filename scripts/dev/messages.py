#!/usr/bin/env python3
"""Adds, replaces or removes Paraglide messages in frontend/messages/{fi,sv,en}.json, keeping key order.
Usage: messages.py spec.json   where spec = {"after": {"anchor_key": {"new_key": {"fi":..,"sv":..,"en":..}}},
"remove": ["key", ...], "set": {"key": {"fi":..,"sv":..,"en":..}}}"""
import json, sys, pathlib
root = pathlib.Path(__file__).resolve().parents[2] / 'frontend' / 'messages'
spec = json.load(open(sys.argv[1]))
for loc in ['fi', 'sv', 'en']:
    p = root / f'{loc}.json'
    d = json.load(open(p))
    for k in spec.get('remove', []):
        d.pop(k, None)
    for k, v in spec.get('set', {}).items():
        d[k] = v[loc]
    for anchor, new in spec.get('after', {}).items():
        out = {}
        placed = False
        for k, v in d.items():
            if k in new:
                continue
            out[k] = v
            if k == anchor:
                for nk, nv in new.items():
                    out[nk] = nv[loc]
                placed = True
        if not placed:
            for nk, nv in new.items():
                out[nk] = nv[loc]
        d = out
    p.write_text(json.dumps(d, ensure_ascii=False, indent=2) + '\n')
