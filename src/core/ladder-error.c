/* ladder-error.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "ladder-error.h"

#include <glib/gi18n-lib.h>

G_DEFINE_QUARK (ladder-error-quark, ladder_error)

void
ladder_set_error_at (GError      **error,
                     LadderError   code,
                     const char   *filename,
                     int           line,
                     int           column,
                     const char   *format,
                     ...)
{
  g_autofree char *message = NULL;
  va_list args;

  if (error == NULL)
    return;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  if (filename == NULL)
    filename = "<stdin>";

  /* TRANSLATORS: the word that marks an error message, as in
   * "family.json:3:5: error: expected a string" */
  if (line > 0 && column > 0)
    g_set_error (error, LADDER_ERROR, code, "%s:%d:%d: %s: %s", filename, line, column, _("error"), message);
  else if (line > 0)
    g_set_error (error, LADDER_ERROR, code, "%s:%d: %s: %s", filename, line, _("error"), message);
  else
    g_set_error (error, LADDER_ERROR, code, "%s: %s: %s", filename, _("error"), message);
}

char *
ladder_format_warning (const char *filename,
                       int         line,
                       int         column,
                       const char *message)
{
  if (filename == NULL)
    filename = "<stdin>";

  /* TRANSLATORS: the word that marks a warning, as in
   * "page.md:3:5: warning: the link to “javascript:…” is not allowed" */
  if (line > 0 && column > 0)
    return g_strdup_printf ("%s:%d:%d: %s: %s", filename, line, column, _("warning"), message);
  if (line > 0)
    return g_strdup_printf ("%s:%d: %s: %s", filename, line, _("warning"), message);
  return g_strdup_printf ("%s: %s: %s", filename, _("warning"), message);
}

void
ladder_text_position (const char *text,
                      const char *position,
                      int        *line,
                      int        *column)
{
  *line = 1;
  *column = 1;

  for (const char *p = text; p < position; p++)
    {
      if (*p == '\n')
        {
          (*line)++;
          *column = 1;
        }
      else
        {
          (*column)++;
        }
    }
}
