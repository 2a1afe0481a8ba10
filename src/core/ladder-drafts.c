/* ladder-drafts.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "ladder-drafts.h"

#include <errno.h>
#include <glib/gstdio.h>
#include <string.h>

#include "ladder-json.h"

#define INFO_SUFFIX ".draft"
#define GROUP "Draft"

char *
ladder_drafts_dir (void)
{
  return g_build_filename (g_get_user_state_dir (), "ladder", "drafts", NULL);
}

char *
ladder_drafts_new_id (void)
{
  return g_uuid_string_random ();
}

static char *
draft_path (const char *id,
            const char *suffix)
{
  g_autofree char *dir = ladder_drafts_dir ();
  g_autofree char *name = g_strconcat (id, suffix, NULL);

  return g_build_filename (dir, name, NULL);
}

void
ladder_draft_free (LadderDraft *draft)
{
  if (draft == NULL)
    return;

  g_free (draft->id);
  g_free (draft->family_path);
  g_free (draft->info_path);
  g_clear_object (&draft->file);
  g_clear_object (&draft->export_file);
  g_free (draft->title);
  g_free (draft->base_hash);
  g_free (draft->export_base_hash);
  g_free (draft->kind);
  g_strfreev (draft->part_names);
  g_strfreev (draft->part_hashes);
  g_strfreev (draft->role_files);
  g_free (draft);
}

/* The key file that says which document a draft belongs to: the fields
 * of @draft but its id, paths and time. */
GBytes *
ladder_draft_info_bytes (const LadderDraft *draft)
{
  g_autoptr (GKeyFile) info = g_key_file_new ();
  gsize length;
  char *data;

  if (draft->file != NULL)
    {
      g_autofree char *uri = g_file_get_uri (draft->file);

      g_key_file_set_string (info, GROUP, "File", uri);
    }

  if (draft->export_file != NULL)
    {
      g_autofree char *uri = g_file_get_uri (draft->export_file);

      g_key_file_set_string (info, GROUP, "ExportFile", uri);
    }

  if (draft->kind != NULL)
    g_key_file_set_string (info, GROUP, "Kind", draft->kind);
  if (draft->base_hash != NULL)
    g_key_file_set_string (info, GROUP, "BaseHash", draft->base_hash);
  if (draft->export_base_hash != NULL)
    g_key_file_set_string (info, GROUP, "ExportBaseHash", draft->export_base_hash);
  if (draft->part_names != NULL && draft->part_hashes != NULL
      && g_strv_length (draft->part_names) == g_strv_length (draft->part_hashes))
    {
      g_key_file_set_string_list (info, GROUP, "PartNames", (const char * const *) draft->part_names,
                                  g_strv_length (draft->part_names));
      g_key_file_set_string_list (info, GROUP, "PartHashes", (const char * const *) draft->part_hashes,
                                  g_strv_length (draft->part_hashes));
    }

  if (draft->role_files != NULL)
    g_key_file_set_string_list (info, GROUP, "RoleFiles", (const char *const *) draft->role_files,
                                g_strv_length (draft->role_files));

  g_key_file_set_string (info, GROUP, "Title", draft->title != NULL ? draft->title : "");
  data = g_key_file_to_data (info, &length, NULL);

  return g_bytes_new_take (data, length);
}

LadderDraft *
ladder_draft_for_id (const char *id)
{
  g_autoptr (GKeyFile) info = g_key_file_new ();
  g_autoptr (LadderDraft) draft = g_new0 (LadderDraft, 1);
  g_autofree char *file = NULL;
  g_autofree char *export_file = NULL;
  GStatBuf buffer;

  draft->id = g_strdup (id);
  draft->family_path = draft_path (id, LADDER_FILE_SUFFIX);
  draft->info_path = draft_path (id, INFO_SUFFIX);

  if (!g_key_file_load_from_file (info, draft->info_path, G_KEY_FILE_NONE, NULL)
      || g_stat (draft->family_path, &buffer) != 0)
    return NULL;

  file = g_key_file_get_string (info, GROUP, "File", NULL);
  export_file = g_key_file_get_string (info, GROUP, "ExportFile", NULL);
  draft->title = g_key_file_get_string (info, GROUP, "Title", NULL);
  draft->base_hash = g_key_file_get_string (info, GROUP, "BaseHash", NULL);
  draft->export_base_hash = g_key_file_get_string (info, GROUP, "ExportBaseHash", NULL);
  draft->kind = g_key_file_get_string (info, GROUP, "Kind", NULL);
  draft->part_names = g_key_file_get_string_list (info, GROUP, "PartNames", NULL, NULL);
  draft->part_hashes = g_key_file_get_string_list (info, GROUP, "PartHashes", NULL, NULL);
  draft->role_files = g_key_file_get_string_list (info, GROUP, "RoleFiles", NULL, NULL);
  if (draft->part_names != NULL
      && (draft->part_hashes == NULL || g_strv_length (draft->part_names) != g_strv_length (draft->part_hashes)))
    {
      g_clear_pointer (&draft->part_names, g_strfreev);
      g_clear_pointer (&draft->part_hashes, g_strfreev);
    }
  draft->file = file != NULL ? g_file_new_for_uri (file) : NULL;
  draft->export_file = export_file != NULL ? g_file_new_for_uri (export_file) : NULL;
  draft->modified = (gint64) buffer.st_mtime;

  return g_steal_pointer (&draft);
}

/* The drafts left behind, oldest first. */
GPtrArray *
ladder_drafts_list (void)
{
  g_autofree char *path = ladder_drafts_dir ();
  GPtrArray *drafts = g_ptr_array_new_with_free_func ((GDestroyNotify) ladder_draft_free);
  g_autoptr (GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  if (dir == NULL)
    return drafts;

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *id = NULL;
      LadderDraft *draft;

      if (!g_str_has_suffix (name, INFO_SUFFIX))
        continue;

      id = g_strndup (name, strlen (name) - strlen (INFO_SUFFIX));
      draft = ladder_draft_for_id (id);
      if (draft != NULL)
        g_ptr_array_add (drafts, draft);
    }

  return drafts;
}

void
ladder_drafts_remove (const char *id)
{
  g_autofree char *family = draft_path (id, LADDER_FILE_SUFFIX);
  g_autofree char *info = draft_path (id, INFO_SUFFIX);

  g_unlink (info);
  g_unlink (family);
}

/* ------------------------------------------------------------------ */
/* The writer                                                           */

typedef struct
{
  char   *id;
  /* NULL for a removal */
  GBytes *family;
  GBytes *info;
} DraftOp;

static void
draft_op_free (gpointer data)
{
  DraftOp *op = data;

  g_free (op->id);
  g_clear_pointer (&op->family, g_bytes_unref);
  g_clear_pointer (&op->info, g_bytes_unref);
  g_free (op);
}

struct _LadderDraftWriter
{
  GObject       parent_instance;
  /* DraftOp: the first one runs while running is set. */
  GQueue        ops;
  gboolean      running;
  GApplication *held;
};

G_DEFINE_FINAL_TYPE (LadderDraftWriter, ladder_draft_writer, G_TYPE_OBJECT)

enum {
  WRITER_PROP_0,
  WRITER_PROP_BUSY,
  WRITER_N_PROPS
};

static GParamSpec *writer_properties[WRITER_N_PROPS];

static gboolean
write_private (const char  *path,
               GBytes      *contents,
               GError     **error)
{
  return g_file_set_contents_full (path, g_bytes_get_data (contents, NULL), (gssize) g_bytes_get_size (contents),
                                   G_FILE_SET_CONTENTS_CONSISTENT | G_FILE_SET_CONTENTS_ONLY_EXISTING, 0600,
                                   error);
}

static void
run_op (GTask        *task,
        gpointer      source_object,
        gpointer      task_data,
        GCancellable *cancellable)
{
  DraftOp *op = task_data;
  g_autofree char *dir = ladder_drafts_dir ();
  g_autofree char *family_path = draft_path (op->id, LADDER_FILE_SUFFIX);
  g_autofree char *info_path = draft_path (op->id, INFO_SUFFIX);
  g_autoptr (GError) error = NULL;

  if (op->family == NULL)
    {
      /* The key file first: a draft without it is no draft. */
      if ((g_unlink (info_path) != 0 && errno != ENOENT) || (g_unlink (family_path) != 0 && errno != ENOENT))
        g_warning ("Could not remove the draft %s: %s", op->id, g_strerror (errno));
      g_task_return_boolean (task, TRUE);
      return;
    }

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      g_warning ("Could not create %s: %s", dir, g_strerror (errno));
      g_task_return_boolean (task, FALSE);
      return;
    }

  /* The key file goes last: a draft without it is not a draft yet. */
  if (!write_private (family_path, op->family, &error) || !write_private (info_path, op->info, &error))
    g_warning ("Could not write a draft: %s", error->message);

  g_task_return_boolean (task, TRUE);
}

static void start_next (LadderDraftWriter *self);

/* Busy from the first operation queued to the last one done. */
static void
set_busy (LadderDraftWriter *self,
          gboolean           busy)
{
  GApplication *application = g_application_get_default ();

  if (busy && self->held == NULL && application != NULL)
    {
      self->held = g_object_ref (application);
      g_application_hold (self->held);
    }
  else if (!busy && self->held != NULL)
    {
      g_application_release (self->held);
      g_clear_object (&self->held);
    }

  g_object_notify_by_pspec (G_OBJECT (self), writer_properties[WRITER_PROP_BUSY]);
}

static void
on_op_done (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  LadderDraftWriter *self = LADDER_DRAFT_WRITER (object);

  g_task_propagate_boolean (G_TASK (result), NULL);
  self->running = FALSE;
  draft_op_free (g_queue_pop_head (&self->ops));
  start_next (self);
}

static void
start_next (LadderDraftWriter *self)
{
  g_autoptr (GTask) task = NULL;
  DraftOp *op = g_queue_peek_head (&self->ops);

  if (self->running)
    return;

  if (op == NULL)
    {
      set_busy (self, FALSE);
      return;
    }

  self->running = TRUE;
  /* The task keeps the writer alive until its queue is done, after its
   * document is gone. */
  task = g_task_new (self, NULL, on_op_done, NULL);
  g_task_set_source_tag (task, start_next);
  g_task_set_task_data (task, op, NULL);
  g_task_run_in_thread (task, run_op);
}

/* Queues @op, dropping the writes of the same draft still waiting. */
static void
queue_op (LadderDraftWriter *self,
          DraftOp           *op)
{
  gboolean was_busy = ladder_draft_writer_get_busy (self);
  GList *l = self->ops.head;

  if (self->running && l != NULL)
    l = l->next;

  while (l != NULL)
    {
      GList *next = l->next;
      DraftOp *waiting = l->data;

      if (waiting->family != NULL && g_str_equal (waiting->id, op->id))
        {
          draft_op_free (waiting);
          g_queue_delete_link (&self->ops, l);
        }
      l = next;
    }

  g_queue_push_tail (&self->ops, op);
  if (!was_busy)
    set_busy (self, TRUE);
  start_next (self);
}

void
ladder_draft_writer_write (LadderDraftWriter *self,
                           const char        *id,
                           GBytes            *family,
                           GBytes            *info)
{
  DraftOp *op;

  g_return_if_fail (LADDER_IS_DRAFT_WRITER (self));
  g_return_if_fail (id != NULL && family != NULL && info != NULL);

  op = g_new0 (DraftOp, 1);
  op->id = g_strdup (id);
  op->family = g_bytes_ref (family);
  op->info = g_bytes_ref (info);
  queue_op (self, op);
}

void
ladder_draft_writer_remove (LadderDraftWriter *self,
                            const char        *id)
{
  DraftOp *op;

  g_return_if_fail (LADDER_IS_DRAFT_WRITER (self));
  g_return_if_fail (id != NULL);

  op = g_new0 (DraftOp, 1);
  op->id = g_strdup (id);
  queue_op (self, op);
}

/* Whether a write or removal is waiting or running. */
gboolean
ladder_draft_writer_get_busy (LadderDraftWriter *self)
{
  g_return_val_if_fail (LADDER_IS_DRAFT_WRITER (self), FALSE);

  return !g_queue_is_empty (&self->ops);
}

static void
ladder_draft_writer_finalize (GObject *object)
{
  LadderDraftWriter *self = (LadderDraftWriter *) object;

  /* A running task holds a reference: the queue is empty by now. */
  g_queue_clear_full (&self->ops, draft_op_free);
  if (self->held != NULL)
    {
      g_application_release (self->held);
      g_clear_object (&self->held);
    }

  G_OBJECT_CLASS (ladder_draft_writer_parent_class)->finalize (object);
}

static void
ladder_draft_writer_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  LadderDraftWriter *self = LADDER_DRAFT_WRITER (object);

  switch (prop_id)
    {
    case WRITER_PROP_BUSY:
      g_value_set_boolean (value, ladder_draft_writer_get_busy (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ladder_draft_writer_class_init (LadderDraftWriterClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ladder_draft_writer_finalize;
  object_class->get_property = ladder_draft_writer_get_property;

  writer_properties[WRITER_PROP_BUSY] =
    g_param_spec_boolean ("busy", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, WRITER_N_PROPS, writer_properties);
}

static void
ladder_draft_writer_init (LadderDraftWriter *self)
{
  g_queue_init (&self->ops);
}

LadderDraftWriter *
ladder_draft_writer_new (void)
{
  return g_object_new (LADDER_TYPE_DRAFT_WRITER, NULL);
}
