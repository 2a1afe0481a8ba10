#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes a synthetic job family: ROLES roles (default 2,000) of BULLETS
bullets each (default 30: half responsibilities, half requirements), in
the *.jobfamily.json format.

    make-large-family.py [ROLES] [BULLETS] > large.jobfamily.json
"""

import json
import sys


def main():
    n_roles = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
    n_bullets = int(sys.argv[2]) if len(sys.argv) > 2 else 30
    roles = []
    for r in range(n_roles):
        title = f"Engineer, Level {r + 1}"
        roles.append({
            "title": title,
            "reports_to": f"Manager, Level {r // 10 + 1}",
            "job_grade": 5 + r % 12,
            "responsibilities": [f"Responsibility {b + 1} of the {title}: build, review and ship reliable software"
                                 for b in range(n_bullets // 2)],
            "requirements": [f"Requirement {b + 1} of the {title}: several years of relevant experience"
                             for b in range(n_bullets - n_bullets // 2)],
        })
    family = {
        "format": "ladder-job-family",
        "version": 1,
        "front_matter": [{"key": "title", "value": "Large Synthetic Family"}],
        "intro": "A synthetic family for benchmarks.",
        "sections": [{"kind": "roles", "heading": "Levels", "level": 2, "body": ""},
                     {"kind": "hiring-process", "heading": "Hiring Process", "level": 2, "body": "- A call"}],
        "roles": roles,
    }
    json.dump(family, sys.stdout, indent=2)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
