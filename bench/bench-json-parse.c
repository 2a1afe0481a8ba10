/* bench-json-parse.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The floor for `ladder-cli export`: read each file given and parse it
 * with json-glib, then free it. Nothing else. */

#include <json-glib/json-glib.h>

int
main (int   argc,
      char *argv[])
{
  for (int i = 1; i < argc; i++)
    {
      g_autoptr (JsonParser) parser = json_parser_new_immutable ();
      g_autoptr (GError) error = NULL;
      g_autofree char *contents = NULL;
      gsize length;

      if (!g_file_get_contents (argv[i], &contents, &length, &error)
          || !json_parser_load_from_data (parser, contents, (gssize) length, &error))
        {
          g_printerr ("%s: %s\n", argv[i], error->message);
          return 1;
        }
    }

  return 0;
}
