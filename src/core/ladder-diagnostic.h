/* ladder-diagnostic.h
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  LADDER_DIAGNOSTIC_WARNING,
  LADDER_DIAGNOSTIC_ERROR,
} LadderDiagnosticSeverity;

/*
 * Something worth telling the user about an input that was nevertheless
 * read: where it is (line and column from 1; 0 where there is no place),
 * how serious, and what it is, in words. Like a GError, a domain and a
 * code let a program tell one kind from another.
 */
typedef struct
{
  char                     *file;
  int                       line;
  int                       column;
  LadderDiagnosticSeverity  severity;
  GQuark                    domain;
  int                       code;
  char                     *message;
} LadderDiagnostic;

LadderDiagnostic *ladder_diagnostic_new       (LadderDiagnosticSeverity  severity,
                                               GQuark                    domain,
                                               int                       code,
                                               const char               *file,
                                               int                       line,
                                               int                       column,
                                               const char               *format,
                                               ...) G_GNUC_PRINTF (7, 8);
LadderDiagnostic *ladder_diagnostic_copy      (const LadderDiagnostic   *diagnostic);
void              ladder_diagnostic_free      (LadderDiagnostic         *diagnostic);
gboolean          ladder_diagnostic_matches   (const LadderDiagnostic   *diagnostic,
                                               GQuark                    domain,
                                               int                       code);
char             *ladder_diagnostic_to_string (const LadderDiagnostic   *diagnostic);

/* A list to hand to the functions that add diagnostics. */
GPtrArray        *ladder_diagnostics_new      (void);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LadderDiagnostic, ladder_diagnostic_free)

G_END_DECLS
