/* main.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "ladder-application.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr (LadderApplication) app = NULL;

  setlocale (LC_ALL, "");
  /* LADDER_LOCALEDIR lets an uninstalled build find its translations. */
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("LADDER_LOCALEDIR") != NULL ? g_getenv ("LADDER_LOCALEDIR") : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  app = ladder_application_new ();

  return g_application_run (G_APPLICATION (app), argc, argv);
}
