/* ladder-git-loader.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Finding and opening the git module (ladder-git-backend.h), once per
 * process, the first time git must be asked. Where it is:
 * - $LADDER_GIT_MODULE, the module's path (the tests and `meson devenv`
 *   set it to the build tree's);
 * - a program run from the build tree it was built in: that tree's;
 * - otherwise the installed one, under LIBDIR/ladder/.
 * When it cannot be loaded, everything but git works: workspaces show no
 * git states, as for a folder that is not a checkout. */

#include "ladder-git-private.h"

#include <glib/gi18n-lib.h>
#include <gmodule.h>

#define MODULE_NAME "ladder-git-module.so"

static const LadderGitBackend *loaded_backend;
static char                   *unavailable_reason;

static char *
module_path (void)
{
  const char *from_environment = g_getenv ("LADDER_GIT_MODULE");

  if (from_environment != NULL && *from_environment != '\0')
    return g_strdup (from_environment);

#ifdef LADDER_BUILD_ROOT
  {
    g_autofree char *self = g_file_read_link ("/proc/self/exe", NULL);

    if (self != NULL && g_str_has_prefix (self, LADDER_BUILD_ROOT G_DIR_SEPARATOR_S))
      return g_build_filename (LADDER_BUILD_ROOT, "src", "git", MODULE_NAME, NULL);
  }
#endif

#ifdef LADDER_GIT_MODULE_DIR
  return g_build_filename (LADDER_GIT_MODULE_DIR, MODULE_NAME, NULL);
#else
  return g_strdup (MODULE_NAME);
#endif
}

static void
load (void)
{
  g_autofree char      *path = module_path ();
  g_autofree char      *problem = NULL;
  GModule              *module;
  LadderGitBackendEntry entry = NULL;

  /* Lazy and local: libgit2's symbols stay the module's. */
  module = g_module_open (path, G_MODULE_BIND_LAZY | G_MODULE_BIND_LOCAL);
  if (module == NULL)
    problem = g_strdup (g_module_error ());
  else if (!g_module_symbol (module, LADDER_GIT_BACKEND_ENTRY, (gpointer *) &entry)
           || entry == NULL)
    problem = g_strdup (g_module_error ());
  else if ((loaded_backend = entry (LADDER_GIT_BACKEND_VERSION)) == NULL)
    problem = g_strdup_printf (_ ("it is of another version of Ladder (interface %u expected)"),
                               LADDER_GIT_BACKEND_VERSION);

  if (loaded_backend != NULL)
    {
      /* libgit2 keeps global state and threads: never unloaded. */
      g_module_make_resident (module);
      return;
    }

  if (module != NULL)
    g_module_close (module);

  /* TRANSLATORS: %s is a file, then why it could not be loaded */
  unavailable_reason = g_strdup_printf (_ ("Git is not available: cannot load %s: %s"), path,
                                        problem != NULL ? problem : "?");
  g_message ("%s. Git states are not shown.", unavailable_reason);
}

/**
 * ladder_git_load_backend:
 * @error: return location for a #GError
 *
 * Returns: (nullable): the git module's functions; %NULL with
 *   %LADDER_GIT_ERROR_UNAVAILABLE when it cannot be loaded
 */
const LadderGitBackend *
ladder_git_load_backend (GError **error)
{
  static gsize tried = 0;

  if (g_once_init_enter (&tried))
    {
      load ();
      g_once_init_leave (&tried, 1);
    }

  if (loaded_backend == NULL)
    g_set_error_literal (error, LADDER_GIT_ERROR, LADDER_GIT_ERROR_UNAVAILABLE, unavailable_reason);
  return loaded_backend;
}

/**
 * ladder_git_is_available:
 * @error: return location for a #GError
 *
 * Loads the git module if it was not loaded yet.
 *
 * Returns: whether git can be used; %FALSE with
 *   %LADDER_GIT_ERROR_UNAVAILABLE, saying why, when it cannot
 */
gboolean
ladder_git_is_available (GError **error)
{
  return ladder_git_load_backend (error) != NULL;
}

/**
 * ladder_git_get_unavailable_reason:
 *
 * Does not load the git module: a process that has not needed git yet has
 * no reason to pay for it.
 *
 * Returns: (nullable): why the git module could not be loaded, %NULL when
 *   it was loaded or not tried yet
 */
const char *
ladder_git_get_unavailable_reason (void)
{
  return g_atomic_pointer_get (&unavailable_reason);
}
