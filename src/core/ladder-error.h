/* ladder-error.h
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define LADDER_ERROR (ladder_error_quark ())

typedef enum
{
  /* The file is not well-formed (JSON syntax, bad UTF-8, NUL bytes). */
  LADDER_ERROR_SYNTAX,
  /* Well-formed, but a value has the wrong type or is out of range. */
  LADDER_ERROR_INVALID,
  /* Written by a newer Ladder, in a format version this one cannot read. */
  LADDER_ERROR_NEWER_VERSION,
  /* Not a job family file at all. */
  LADDER_ERROR_NOT_A_FAMILY,
  /* Larger than Ladder will read. */
  LADDER_ERROR_TOO_LARGE,
} LadderError;

GQuark ladder_error_quark (void);

/* Sets an error whose message reads "FILE:LINE:COLUMN: error: …" (the
 * position left out where it is not known: line 0). */
void   ladder_set_error_at (GError     **error,
                            LadderError  code,
                            const char  *filename,
                            int          line,
                            int          column,
                            const char  *format,
                            ...) G_GNUC_PRINTF (6, 7);

/* The line and column (both from 1) of @position in @text. */
/* "FILE:LINE:COLUMN: warning: MESSAGE", for what is kept but should be
 * looked at. */
char  *ladder_format_warning (const char *filename,
                              int         line,
                              int         column,
                              const char *message);

void   ladder_text_position (const char  *text,
                             const char  *position,
                             int         *line,
                             int         *column);

G_END_DECLS
