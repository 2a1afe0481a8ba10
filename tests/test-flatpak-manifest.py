#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Checks the Flatpak manifest offline.

test-flatpak-manifest.py MANIFEST APPLICATION_ID [PROJECT_NAME]

flatpak-builder parses the manifest (--show-manifest, with GLib warnings
fatal, so an unknown or misspelt property fails); then the parsed manifest
must name the meson project's application id, run `ladder`, build libcmark
from a release tarball with a sha256 and the application with meson from
the source tree, and ask for no more than the sandbox holes the app needs.
Exit status 77 (skipped) when flatpak-builder is not installed.
"""

import fnmatch
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

from ladder_skip import skip_status


# What the app needs: a display (Wayland, or X11 where there is no Wayland),
# IPC for X11 shared memory, and the GPU. Files go through the portals.
ALLOWED_FINISH_ARGS = [
    '--share=ipc',
    '--socket=fallback-x11',
    '--socket=wayland',
    '--device=dri',
]


def main(argv):
    if len(argv) < 3:
        print(f'usage: {argv[0]} MANIFEST APPLICATION_ID [PROJECT_NAME]', file=sys.stderr)
        return 2

    manifest_path = argv[1]
    app_id = argv[2]
    project_name = argv[3] if len(argv) > 3 else 'ladder'

    builder = shutil.which('flatpak-builder')
    if builder is None:
        return skip_status('flatpak-builder is not installed')

    # flatpak-builder makes a .flatpak-builder state folder in its working
    # folder, even to show a manifest: give it a throwaway one.
    env = dict(os.environ, G_DEBUG='fatal-warnings')
    with tempfile.TemporaryDirectory(prefix='ladder-flatpak-') as workdir:
        result = subprocess.run([builder, '--show-manifest', os.path.abspath(manifest_path)],
                                env=env, cwd=workdir, capture_output=True, text=True)
    if result.returncode != 0:
        print(f'flatpak-builder --show-manifest failed ({result.returncode}):')
        print(result.stdout, end='')
        print(result.stderr, end='')
        return 1
    if result.stderr.strip():
        print('flatpak-builder --show-manifest wrote to stderr:')
        print(result.stderr, end='')
        if re.search(r'warning|critical', result.stderr, re.IGNORECASE):
            return 1

    manifest = json.loads(result.stdout)
    errors = []

    def check(condition, message):
        if not condition:
            errors.append(message)

    # flatpak-builder prints "id"; the file may say "app-id".
    manifest_id = manifest.get('id', manifest.get('app-id'))
    check(manifest_id == app_id, f'app id is {manifest_id!r}, the meson project says {app_id!r}')
    check(manifest.get('command') == 'ladder',
          f"command is {manifest.get('command')!r}, not 'ladder'")
    check(manifest.get('runtime') == 'org.gnome.Platform',
          f"runtime is {manifest.get('runtime')!r}, not 'org.gnome.Platform'")
    check(manifest.get('sdk') == 'org.gnome.Sdk',
          f"sdk is {manifest.get('sdk')!r}, not 'org.gnome.Sdk'")
    check(bool(re.fullmatch(r'[0-9]+', str(manifest.get('runtime-version', '')))),
          f"runtime-version {manifest.get('runtime-version')!r} is not a stable GNOME release")

    finish_args = manifest.get('finish-args', [])
    check(sorted(finish_args) == sorted(ALLOWED_FINISH_ARGS),
          f'finish-args are {finish_args}, expected exactly {ALLOWED_FINISH_ARGS}')
    for arg in finish_args:
        check(not arg.startswith('--filesystem'),
              f'{arg}: file access goes through the portals, not --filesystem')

    modules = [m for m in manifest.get('modules', []) if isinstance(m, dict)]
    by_name = {m.get('name'): m for m in modules}

    cmark = by_name.get('cmark')
    check(cmark is not None, 'no cmark module')
    if cmark is not None:
        check(cmark.get('buildsystem') in ('cmake', 'cmake-ninja'),
              f"cmark is built with {cmark.get('buildsystem')!r}, not cmake")
        archives = [s for s in cmark.get('sources', []) if s.get('type') == 'archive']
        check(len(archives) == 1, 'cmark is not built from one release tarball')
        for source in archives:
            url = source.get('url', '')
            check(url.startswith('https://github.com/commonmark/cmark/archive/'),
                  f'cmark comes from {url!r}, not a commonmark/cmark release')
            sha256 = source.get('sha256', '')
            check(bool(re.fullmatch(r'[0-9a-f]{64}', sha256)),
                  f'cmark sha256 {sha256!r} is not 64 hex digits')
            check(sha256 != '0' * 64, 'cmark sha256 is a placeholder')

    app = by_name.get(project_name)
    check(app is not None, f'no {project_name} module')
    if app is not None:
        check(modules[-1] is app, f'{project_name} is not the last module')
        check(app.get('buildsystem') == 'meson',
              f"{project_name} is built with {app.get('buildsystem')!r}, not meson")
        sources = app.get('sources', [])
        check(any(s.get('type') == 'dir' and s.get('path') == '..' for s in sources),
              f"{project_name} is not built from the source tree ('..')")
    if cmark is not None and app is not None:
        check(modules.index(cmark) < modules.index(app), 'cmark is built after the app')

    # Git is a module the app opens when it needs it (meson installs it as
    # /app/lib/ladder/ladder-git-module.so): libgit2-glib is built before
    # the app, and no cleanup removes the module.
    git_glib = by_name.get('libgit2-glib')
    check(git_glib is not None, 'no libgit2-glib module')
    if git_glib is not None and app is not None:
        check(modules.index(git_glib) < modules.index(app), 'libgit2-glib is built after the app')
    module_path = '/lib/ladder/ladder-git-module.so'
    cleanups = list(manifest.get('cleanup', []))
    if app is not None:
        cleanups += app.get('cleanup', [])
    for pattern in cleanups:
        removed = (fnmatch.fnmatch(module_path, pattern) if pattern.startswith('/')
                   else fnmatch.fnmatch(os.path.basename(module_path), pattern))
        removed = removed or (pattern.startswith('/') and module_path.startswith(pattern.rstrip('/') + '/'))
        check(not removed, f'cleanup {pattern!r} removes the git module ({module_path})')

    for error in errors:
        print(f'{manifest_path}: {error}')
    if errors:
        return 1

    print(f'{manifest_path}: {app_id}, {len(modules)} modules, finish-args {finish_args}: ok')
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
