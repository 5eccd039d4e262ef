#!/usr/bin/env python3
"""Shares of a build's CPU samples by stage (docs/performance.md). Usage:
  jfr print --json --events jdk.ExecutionSample --stack-depth 64 x.jfr > x.json; scripts/jfr-stages.py x.json [details]"""
import json, sys, collections
# Attribute each JFR execution sample to a build stage by the frames on its stack (top frame first).
RULES = [  # (stage, predicate on list of "class.method" frames), first match wins, checked on whole stack
 ("class loading / linking of classes", lambda fs: any(f.startswith(("java.lang.ClassLoader.", "jdk.internal.loader.", "java.lang.invoke.", "java.lang.Class.forName", "java.lang.System$2.defineClass")) for f in fs[:25]) ),
 ("file writes", lambda fs: any(f.startswith(("sun.nio.ch.", "java.io.FileOutputStream", "sun.nio.fs.", "java.nio.file.Files.")) for f in fs[:12])),
 ("JSON and CSV (open data)", lambda fs: any(".render.data." in f for f in fs)),
 ("Thymeleaf rendering", lambda fs: any(f.startswith(("org.thymeleaf.", "ognl.", "org.attoparser.", "org.unbescape.")) for f in fs)),
 ("page views (render, not Thymeleaf)", lambda fs: any(".handbook.render." in f for f in fs)),
 ("parsing", lambda fs: any(".handbook.parse." in f for f in fs)),
 ("linking (taxonomies)", lambda fs: any(".handbook.link." in f for f in fs)),
 ("audit", lambda fs: any(".handbook.audit." in f for f in fs)),
 ("reading content (ingest, YAML)", lambda fs: any(".handbook.ingest." in f or f.startswith("org.yaml.") for f in fs)),
 ("model assembly", lambda fs: any(".handbook.model." in f for f in fs)),
 ("publish", lambda fs: any(".handbook.publish." in f for f in fs)),
]
d = json.load(open(sys.argv[1]))
c = collections.Counter(); tops = collections.defaultdict(collections.Counter)
n = 0
for e in d["recording"]["events"]:
    st = e["values"].get("stackTrace")
    if not st: continue
    fs = [fr["method"]["type"]["name"].replace("/", ".") + "." + fr["method"]["name"] for fr in st["frames"]]
    n += 1
    for name, p in RULES:
        if p(fs): c[name] += 1; tops[name][fs[0]] += 1; break
    else: c["other (JDK, start-up)"] += 1; tops["other (JDK, start-up)"][fs[0]] += 1
print(f"samples: {n}")
for k, v in c.most_common(): print(f"| {k} | {v} | {100*v/n:.1f} % |")
if len(sys.argv) > 2:
    for k, v in c.most_common():
        print(k, tops[k].most_common(6))
