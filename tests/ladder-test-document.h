/* ladder-test-document.h
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "ladder-document.h"

/*
 * What the core tests of documents share: reading a file into a document,
 * saving it, and waiting for its work and its end.
 */

typedef struct
{
  gboolean done;
  gboolean ok;
  GError  *error;
} Wait;

static inline void
on_loaded (GObject *object, GAsyncResult *result, gpointer user_data)
{
  Wait *wait = user_data;

  wait->ok = ladder_document_load_finish (LADDER_DOCUMENT (object), result, &wait->error);
  wait->done = TRUE;
}

static inline void
on_saved (GObject *object, GAsyncResult *result, gpointer user_data)
{
  Wait *wait = user_data;

  wait->ok = ladder_document_save_finish (LADDER_DOCUMENT (object), result, &wait->error);
  wait->done = TRUE;
}

static inline void
wait_for (Wait *wait)
{
  while (!wait->done)
    g_main_context_iteration (NULL, TRUE);
}

static inline void
wait_until_idle (LadderDocument *document)
{
  while (ladder_document_get_busy (document))
    g_main_context_iteration (NULL, TRUE);
}

/* Drops the last reference to @document, as a crash would, and checks
 * that it goes (a worker thread may hold it a moment after its task). */
static inline void
assert_finalized (LadderDocument *document)
{
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  g_object_add_weak_pointer (G_OBJECT (document), (gpointer *) &document);
  g_object_unref (document);

  while (document != NULL && g_get_monotonic_time () < deadline)
    {
      while (g_main_context_iteration (NULL, FALSE))
        ;
      if (document != NULL)
        g_usleep (1000);
    }

  g_assert_null (document);
}

static inline LadderDocument *
load (const char *path)
{
  LadderDocument *document = ladder_document_new ();
  g_autoptr (GFile) file = g_file_new_for_path (path);
  Wait wait = { 0 };

  ladder_document_load_async (document, file, NULL, on_loaded, &wait);
  wait_for (&wait);
  g_assert_no_error (wait.error);
  return document;
}

static inline void
save (LadderDocument *document)
{
  Wait wait = { 0 };

  ladder_document_save_full_async (document, NULL, LADDER_SAVE_DEFAULT, NULL, on_saved, &wait);
  wait_for (&wait);
  g_assert_no_error (wait.error);
  g_assert_true (wait.ok);
}
