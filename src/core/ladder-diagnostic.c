/* ladder-diagnostic.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "ladder-diagnostic.h"

#include <glib/gi18n-lib.h>

LadderDiagnostic *
ladder_diagnostic_new (LadderDiagnosticSeverity  severity,
                       GQuark                    domain,
                       int                       code,
                       const char               *file,
                       int                       line,
                       int                       column,
                       const char               *format,
                       ...)
{
  LadderDiagnostic *diagnostic = g_new0 (LadderDiagnostic, 1);
  va_list args;

  diagnostic->file = g_strdup (file != NULL ? file : "<stdin>");
  diagnostic->line = MAX (line, 0);
  diagnostic->column = diagnostic->line > 0 ? MAX (column, 0) : 0;
  diagnostic->severity = severity;
  diagnostic->domain = domain;
  diagnostic->code = code;

  va_start (args, format);
  diagnostic->message = g_strdup_vprintf (format, args);
  va_end (args);

  return diagnostic;
}

LadderDiagnostic *
ladder_diagnostic_copy (const LadderDiagnostic *diagnostic)
{
  LadderDiagnostic *copy;

  g_return_val_if_fail (diagnostic != NULL, NULL);

  copy = g_memdup2 (diagnostic, sizeof *diagnostic);
  copy->file = g_strdup (diagnostic->file);
  copy->message = g_strdup (diagnostic->message);
  return copy;
}

void
ladder_diagnostic_free (LadderDiagnostic *diagnostic)
{
  if (diagnostic == NULL)
    return;

  g_free (diagnostic->file);
  g_free (diagnostic->message);
  g_free (diagnostic);
}

gboolean
ladder_diagnostic_matches (const LadderDiagnostic *diagnostic,
                           GQuark                  domain,
                           int                     code)
{
  return diagnostic != NULL && diagnostic->domain == domain && diagnostic->code == code;
}

/* "FILE:LINE:COLUMN: warning: MESSAGE", as compilers write it, so that
 * editors and CI logs can jump to the place. */
char *
ladder_diagnostic_to_string (const LadderDiagnostic *diagnostic)
{
  const char *severity;

  g_return_val_if_fail (diagnostic != NULL, NULL);

  if (diagnostic->severity == LADDER_DIAGNOSTIC_ERROR)
    severity = _("error");
  else
    /* TRANSLATORS: the word that marks a warning, as in
     * "page.md:3:5: warning: the page is kept as Markdown text" */
    severity = _("warning");

  if (diagnostic->line > 0 && diagnostic->column > 0)
    return g_strdup_printf ("%s:%d:%d: %s: %s", diagnostic->file, diagnostic->line, diagnostic->column,
                            severity, diagnostic->message);
  if (diagnostic->line > 0)
    return g_strdup_printf ("%s:%d: %s: %s", diagnostic->file, diagnostic->line, severity,
                            diagnostic->message);

  return g_strdup_printf ("%s: %s: %s", diagnostic->file, severity, diagnostic->message);
}

GPtrArray *
ladder_diagnostics_new (void)
{
  return g_ptr_array_new_with_free_func ((GDestroyNotify) ladder_diagnostic_free);
}
