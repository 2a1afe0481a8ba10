/* ladder-preload.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ladder-preload.h"

#include "ladder-document.h"

/*
 * A document read while the application starts. The files named on the
 * command line are read and parsed by a worker thread while GTK, the
 * style sheets and the window are set up on the main thread; the window
 * that opens one of them takes the result instead of reading the file
 * again. The result is handed over the way ladder_document_load_async()
 * hands it, from the main loop, whichever comes first: the reading done
 * or the window asking for it.
 */

struct _LadderPreload
{
  GFile              *file;
  LadderDocument     *document;
  GAsyncResult       *result;
  GAsyncReadyCallback callback;
  gpointer            user_data;
  guint               delivery;
  gboolean            freed;
};

static void
destroy (LadderPreload *self)
{
  g_clear_handle_id (&self->delivery, g_source_remove);
  g_clear_object (&self->file);
  g_clear_object (&self->document);
  g_clear_object (&self->result);
  g_free (self);
}

static void
hand_over (LadderPreload *self)
{
  GAsyncReadyCallback callback = self->callback;

  self->callback = NULL;
  callback (G_OBJECT (self->document), self->result, self->user_data);
  destroy (self);
}

static void
on_read (GObject *object, GAsyncResult *result, gpointer user_data)
{
  LadderPreload *self = user_data;

  /* Nobody asked for it, and nobody will. */
  if (self->freed)
    {
      destroy (self);
      return;
    }

  self->result = g_object_ref (result);
  if (self->callback != NULL && self->delivery == 0)
    hand_over (self);
}

static gboolean
deliver_now (gpointer user_data)
{
  LadderPreload *self = user_data;

  self->delivery = 0;
  hand_over (self);
  return G_SOURCE_REMOVE;
}

/**
 * ladder_preload_start:
 * @file: a file named on the command line
 *
 * Starts reading @file into a new document on a worker thread.
 *
 * Returns: (transfer full): the preload, for ladder_preload_deliver() or
 *   ladder_preload_free()
 */
LadderPreload *
ladder_preload_start (GFile *file)
{
  LadderPreload *self = g_new0 (LadderPreload, 1);

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  self->file = g_object_ref (file);
  self->document = ladder_document_new ();
  ladder_document_load_async (self->document, file, NULL, on_read, self);
  return self;
}

gboolean
ladder_preload_is_for (LadderPreload *self, GFile *file)
{
  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  return g_file_equal (self->file, file);
}

/**
 * ladder_preload_deliver:
 * @self: (transfer full): the preload
 * @callback: called as ladder_document_load_async() calls it, with the
 *   document as its source object: ladder_document_load_finish() tells
 *   how the reading went
 *
 * Hands the document to @callback once it is read, from the main loop
 * (never from within this call), and frees @self after.
 */
void
ladder_preload_deliver (LadderPreload *self, GAsyncReadyCallback callback, gpointer user_data)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (callback != NULL);
  g_return_if_fail (self->callback == NULL && !self->freed);

  self->callback = callback;
  self->user_data = user_data;
  if (self->result != NULL)
    self->delivery = g_idle_add_full (G_PRIORITY_DEFAULT, deliver_now, self, NULL);
}

/* A preload nobody takes: the reading still running ends unheard. */
void
ladder_preload_free (LadderPreload *self)
{
  if (self == NULL)
    return;

  g_return_if_fail (self->callback == NULL);

  if (self->result != NULL)
    destroy (self);
  else
    self->freed = TRUE;
}
