/* ladder-window-save.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ladder-window-private.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ladder-error.h"
#include "ladder-file.h"
#include "ladder-json.h"
#include "ladder-tooltip.h"

/*
 * What the window writes, and reloading: saving and exporting, the
 * questions asked when a write cannot be done as it was (a file changed on
 * disk, moved or deleted, read-only, a hard link, from a newer Ladder).
 * The toasts that say a file changed on disk are ladder-window-disk.c's.
 */

static void save_as (LadderWindow *self);

typedef struct
{
  LadderWindow   *window;
  LadderDocument *replaced;
} Reload;

static const char *reason_of (const GError *error);

static void
show_reload_failed (LadderWindow *self, const GError *error)
{
  g_autofree char *name = ladder_document_dup_title (self->document);
  g_autofree char *body = NULL;
  GtkWidget       *dialog;

  /* TRANSLATORS: the first %s is a document's name, the second why it
   * could not be read again */
  body = g_strdup_printf (_ ("“%s”: %s\n\nYour version is still here, unchanged."), name,
                          reason_of (error));
  dialog = adw_message_dialog_new (GTK_WINDOW (self), _ ("Could Not Reload"), body);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _ ("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_reloaded (GObject *object, GAsyncResult *result, gpointer user_data)
{
  Reload         *reload = user_data;
  LadderWindow   *self = reload->window;
  LadderDocument *document = LADDER_DOCUMENT (object);
  g_autoptr (GError) error = NULL;

  /* A failed reload keeps the document as it was, with its draft, and
   * says so in a dialog: a toast could wait unseen behind another. */
  if (!ladder_document_load_finish (document, result, &error))
    show_reload_failed (self, error);
  else if (self->document == reload->replaced)
    {
      _ladder_window_set_document (self, document);
      /* The unsaved changes were given up on purpose. */
      ladder_document_discard_draft (reload->replaced);
    }

  g_object_unref (reload->window);
  g_object_unref (reload->replaced);
  g_free (reload);
}

/* Reads the document's file again: its Ladder file, page or folder. */
static void
reload (LadderWindow *self)
{
  GFile *file = ladder_document_get_file (self->document);
  g_autoptr (LadderDocument) document = NULL;
  Reload *reload;

  if (file == NULL)
    return;

  /* Answered: what the reload says next is not queued behind it. */
  if (self->disk_toast != NULL)
    adw_toast_dismiss (self->disk_toast);

  document = ladder_document_new ();
  reload = g_new0 (Reload, 1);
  reload->window = g_object_ref (self);
  reload->replaced = g_object_ref (self->document);
  ladder_document_load_async (document, file, NULL, on_reloaded, reload);
}

typedef enum
{
  /* The document, as what it is (a Ladder file, a page, a folder). */
  WRITE_SAVE,
  WRITE_EXPORT,
  /* A Ladder file, which the document becomes. */
  WRITE_LADDER_FILE,
} WriteMode;

/* A save or an export, and what the person has allowed it so far. */
typedef struct
{
  LadderWindow *window;
  WriteMode     mode;
  /* NULL: the document's own file */
  GFile          *file;
  LadderSaveFlags flags;
} Write;

static void
write_free (gpointer data)
{
  Write *write = data;

  g_object_unref (write->window);
  g_clear_object (&write->file);
  g_free (write);
}

static void on_written (GObject *object, GAsyncResult *result, gpointer user_data);

static void
start_write (LadderWindow *self, WriteMode mode, GFile *file, LadderSaveFlags flags)
{
  Write *write = g_new0 (Write, 1);

  write->window = g_object_ref (self);
  write->mode = mode;
  write->file = file != NULL ? g_object_ref (file) : NULL;
  write->flags = flags;

  switch (mode)
    {
    case WRITE_EXPORT:
      ladder_document_export_full_async (self->document, file, flags, NULL, on_written, write);
      break;

    case WRITE_LADDER_FILE:
      ladder_document_save_as_ladder_file_async (self->document, file, flags, NULL, on_written,
                                                 write);
      break;

    case WRITE_SAVE:
    default:
      ladder_document_save_full_async (self->document, file, flags, NULL, on_written, write);
      break;
    }
}

static void export_as (LadderWindow *self);
static void save_as_ladder_file (LadderWindow *self);

static void
on_write_question (AdwMessageDialog *dialog, const char *response, LadderWindow *self)
{
  Write          *write = g_object_get_data (G_OBJECT (dialog), "ladder-write");
  LadderSaveFlags more = 0;

  if (g_str_equal (response, "overwrite"))
    more = LADDER_SAVE_OVERWRITE_CHANGES;
  else if (g_str_equal (response, "replace"))
    more = LADDER_SAVE_REPLACE_READ_ONLY;
  else if (g_str_equal (response, "break"))
    more = LADDER_SAVE_BREAK_HARD_LINK;

  if (more != 0)
    {
      start_write (self, write->mode, write->file, write->flags | more);
      return;
    }

  if (g_str_equal (response, "save-as"))
    {
      if (write->mode == WRITE_EXPORT)
        export_as (self);
      else if (write->mode == WRITE_LADDER_FILE)
        save_as_ladder_file (self);
      else
        save_as (self);
      return;
    }

  self->close_after_save = FALSE;
  if (g_str_equal (response, "reload"))
    reload (self);
}

/* Asks what to do about a write that could not be done as it was: the
 * dialog's responses are those of on_write_question(). */
static void ask (LadderWindow *self, Write *write, const char *heading, const char *body, ...)
    G_GNUC_NULL_TERMINATED;

static void
ask (LadderWindow *self, Write *write, const char *heading, const char *body, ...)
{
  GtkWidget  *dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, body);
  const char *id;
  va_list     args;

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "cancel", _ ("_Cancel"));

  va_start (args, body);
  while ((id = va_arg (args, const char *)) != NULL)
    {
      const char *label = va_arg (args, const char *);

      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), id, label);
      if (g_str_equal (id, "overwrite") || g_str_equal (id, "replace") || g_str_equal (id, "break"))
        adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), id,
                                                    ADW_RESPONSE_DESTRUCTIVE);
      else if (g_str_equal (id, "save-as"))
        adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), id,
                                                    ADW_RESPONSE_SUGGESTED);
    }
  va_end (args);

  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "ladder-write", write, write_free);
  g_signal_connect (dialog, "response", G_CALLBACK (on_write_question), self);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* The name of the file a write went to, for the dialogs. */
static char *
name_of_write (LadderWindow *self, Write *write)
{
  GFile *file = write->file;

  if (file == NULL)
    file = write->mode == WRITE_EXPORT ? ladder_document_get_export_file (self->document)
                                       : ladder_document_get_file (self->document);

  return file != NULL ? g_file_get_basename (file) : ladder_document_dup_title (self->document);
}

/* The reason in a message that reads "FILE: error: REASON": a dialog names
 * the file in its own words. */
static const char *
reason_of (const GError *error)
{
  g_autofree char *mark = g_strdup_printf (": %s: ", _ ("error"));
  const char      *reason = strstr (error->message, mark);

  return reason != NULL ? reason + strlen (mark) : error->message;
}

/* Nothing is written over unseen, or lost without a word: each reason a
 * write was refused gets its question, and a failure its message. */
static void
on_write_failed (LadderWindow *self, Write *write, GError *error)
{
  g_autofree char *name = name_of_write (self, write);
  g_autofree char *body = NULL;
  gboolean export = write->mode == WRITE_EXPORT;

  /* The page exported to, changed or gone since: asked before it is
   * written over (or made again). */
  if ((g_error_matches (error, G_IO_ERROR, G_IO_ERROR_WRONG_ETAG)
       || g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
      && export)
    {
      body = g_strdup_printf (
          /* TRANSLATORS: %s is a file name */
          _ ("“%s” was changed by another program since Ladder read or last exported it. "
             "Export over those changes?"),
          name);
      ask (self, write, _ ("Page Changed on Disk"), body, "overwrite", _ ("_Export Over"), NULL);
    }
  else if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND) && !export)
    {
      GFile           *missing = ladder_document_get_missing_file (self->document);
      g_autofree char *page = missing != NULL ? g_file_get_basename (missing) : g_strdup (name);

      /* Made again only when asked: a page moved (`git mv`) would be there
       * twice, under both names. A folder is read again as it is now. */
      if (ladder_document_get_kind (self->document) == LADDER_DOCUMENT_FOLDER)
        {
          body = g_strdup_printf (
              /* TRANSLATORS: %s is the file name of a page of the family */
              _ ("“%s” was moved or deleted by another program since the family was opened. "
                 "Reload the family as its pages are now and lose your changes, or save the "
                 "page again under its old name?"),
              page);
          ask (self, write, _ ("Page Moved or Deleted"), body, "reload", _ ("_Reload"), "overwrite",
               _ ("_Save Again"), NULL);
        }
      else
        {
          body = g_strdup_printf (
              /* TRANSLATORS: %s is a file name */
              _ ("“%s” was moved or deleted by another program since it was opened. Save your "
                 "changes under another name, or save the page again under its old name?"),
              page);
          ask (self, write, _ ("Page Moved or Deleted"), body, "save-as", _ ("Save _As…"),
               "overwrite", _ ("_Save Again"), NULL);
        }
    }
  else if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_WRONG_ETAG))
    {
      body = g_strdup_printf (
          /* TRANSLATORS: %s is a file name */
          _ ("“%s” was changed by another program since it was opened. Save over those "
             "changes, or reload the file and lose yours?"),
          name);
      ask (self, write, _ ("File Changed on Disk"), body, "reload", _ ("_Reload"), "overwrite",
           _ ("_Save Over"), NULL);
    }
  else if (g_error_matches (error, LADDER_ERROR, LADDER_ERROR_NEWER_VERSION))
    {
      /* A newer Ladder's file is never written over: no "Save Over". */
      /* TRANSLATORS: a file name, then why it could not be written;
       * then advice */
      body = g_strdup_printf (_ ("“%s”: %s\n\n%s"), name, reason_of (error),
                              _ ("Save your changes under another name to keep both."));
      ask (self, write, _ ("File From a Newer Ladder"), body, "save-as", _ ("Save _As…"), NULL);
    }
  else if (g_error_matches (error, LADDER_FILE_ERROR, LADDER_FILE_ERROR_READ_ONLY))
    {
      body = g_strdup_printf (
          /* TRANSLATORS: %s is a file name */
          _ ("“%s” is read-only. Replace it anyway? The new file stays read-only."), name);
      ask (self, write, _ ("Replace Read-Only File?"), body, "save-as",
           export ? _ ("Export _As…") : _ ("Save _As…"), "replace", _ ("_Replace"), NULL);
    }
  else if (g_error_matches (error, LADDER_FILE_ERROR, LADDER_FILE_ERROR_HARD_LINK))
    {
      body = g_strdup_printf (
          /* TRANSLATORS: %s is a file name */
          _ ("“%s” has other names (hard links) that share its contents. Saving replaces it "
             "under this name only; the other names keep the old contents."),
          name);
      ask (self, write, _ ("Break the Hard Link?"), body, "save-as",
           export ? _ ("Export _As…") : _ ("Save _As…"), "break", _ ("_Break Link"), NULL);
    }
  else
    {
      GtkWidget *dialog;

      self->close_after_save = FALSE;
      /* TRANSLATORS: a file name, then why it could not be written;
       * then advice */
      body = g_strdup_printf (_ ("“%s”: %s\n\n%s"), name, reason_of (error),
                              export ? _ ("The page was not exported.")
                                     : _ ("Your changes are still here, not saved."));
      dialog = adw_message_dialog_new (
          GTK_WINDOW (self), export ? _ ("Could Not Export") : _ ("Could Not Save"), body);
      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _ ("_Close"));
      gtk_window_present (GTK_WINDOW (dialog));
      write_free (write);
    }
}

static void
on_exported (LadderWindow *self, GFile *file)
{
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *message = NULL;

  if (self->settings != NULL)
    {
      g_autoptr (GFile) folder = g_file_get_parent (file);
      g_autofree char *path = folder != NULL ? g_file_get_path (folder) : NULL;

      if (path != NULL)
        g_settings_set_string (self->settings, "last-export-folder", path);
    }

  /* TRANSLATORS: %s is a file name */
  message = g_strdup_printf (_ ("Exported to %s"), name);
  ladder_window_show_toast (self, message);
}

static void
on_written (GObject *object, GAsyncResult *result, gpointer user_data)
{
  Write        *write = user_data;
  LadderWindow *self = write->window;
  g_autoptr (GError) error = NULL;
  gboolean written = write->mode == WRITE_EXPORT
                         ? ladder_document_export_finish (LADDER_DOCUMENT (object), result, &error)
                         : ladder_document_save_finish (LADDER_DOCUMENT (object), result, &error);

  if (!written)
    {
      on_write_failed (self, write, error);
      return;
    }

  if (write->mode == WRITE_EXPORT)
    on_exported (self, write->file);
  else
    _ladder_window_add_to_recent (self->document);

  /* Closing waits for what the person chose to write first. */
  if (self->close_after_save && !ladder_document_get_modified (self->document)
      && !ladder_document_get_page_out_of_date (self->document))
    {
      self->close_confirmed = TRUE;
      gtk_window_close (GTK_WINDOW (self));
    }

  write_free (write);
}

static void
on_save_as_response (GtkNativeDialog *dialog, int response, LadderWindow *self)
{
  WriteMode mode = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (dialog), "ladder-write-mode"));

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr (GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));

      start_write (self, mode, file, LADDER_SAVE_DEFAULT);
    }
  else
    {
      self->close_after_save = FALSE;
    }

  g_object_unref (dialog);
}

/* The name a document is offered under: its page's or Ladder file's, with
 * the other suffix. */
static char *
suggested_name (LadderWindow *self, const char *suffix)
{
  GFile           *file = ladder_document_get_file (self->document);
  g_autofree char *title = ladder_document_dup_title (self->document);
  g_autofree char *base = file != NULL ? g_file_get_basename (file) : NULL;

  if (base != NULL && ladder_document_get_kind (self->document) == LADDER_DOCUMENT_PAGE)
    {
      char *dot = strrchr (base, '.');

      if (dot != NULL && dot != base)
        *dot = '\0';
      return g_strconcat (base, suffix, NULL);
    }

  return g_strconcat (title, suffix, NULL);
}

/* Asks where to write the document: as what it is (a page saved as
 * another page), or as a Ladder file. */
static void
ask_where (LadderWindow *self, WriteMode mode)
{
  GtkFileChooserNative *dialog;
  gboolean              page
      = mode == WRITE_SAVE && ladder_document_get_kind (self->document) == LADDER_DOCUMENT_PAGE;
  g_autofree char *name = suggested_name (self, page ? ".md" : LADDER_FILE_SUFFIX);
  GFile           *near = ladder_document_get_file (self->document);

  if (near == NULL)
    near = ladder_document_get_export_file (self->document);

  dialog = gtk_file_chooser_native_new (page ? _ ("Save Handbook Page") : _ ("Save Job Family"),
                                        GTK_WINDOW (self), GTK_FILE_CHOOSER_ACTION_SAVE,
                                        _ ("_Save"), _ ("_Cancel"));
  if (page)
    {
      g_autoptr (GtkFileFilter) pages = gtk_file_filter_new ();

      gtk_file_filter_set_name (pages, _ ("Handbook pages"));
      gtk_file_filter_add_pattern (pages, "*.md");
      gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), pages);
    }
  else
    {
      _ladder_window_add_filters (GTK_FILE_CHOOSER (dialog), FALSE);
    }
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (dialog), name);
  g_object_set_data (G_OBJECT (dialog), "ladder-write-mode", GINT_TO_POINTER (mode));

  if (near != NULL)
    {
      g_autoptr (GFile) folder = g_file_get_parent (near);

      if (folder != NULL)
        gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (dialog), folder, NULL);
    }

  g_signal_connect (dialog, "response", G_CALLBACK (on_save_as_response), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

/* Save As keeps what the document is; a family folder is only ever saved
 * in its folder, and elsewhere as a Ladder file. */
static void
save_as (LadderWindow *self)
{
  if (ladder_document_get_kind (self->document) == LADDER_DOCUMENT_FOLDER)
    ask_where (self, WRITE_LADDER_FILE);
  else
    ask_where (self, WRITE_SAVE);
}

static void
save_as_ladder_file (LadderWindow *self)
{
  ask_where (self, WRITE_LADDER_FILE);
}

void
_ladder_window_save (LadderWindow *self)
{
  if (ladder_document_get_file (self->document) == NULL)
    save_as (self);
  else
    start_write (self, WRITE_SAVE, NULL, LADDER_SAVE_DEFAULT);
}

/* What is written is what the form shows: a grade typed and not yet
 * taken (Ctrl+S pressed in its field) is taken first. */
static void
on_save (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  _ladder_window_take_typing (LADDER_WINDOW (widget));
  _ladder_window_save (LADDER_WINDOW (widget));
}

static void
on_save_as (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  _ladder_window_take_typing (LADDER_WINDOW (widget));
  save_as (LADDER_WINDOW (widget));
}

static void
on_save_as_ladder_file (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  _ladder_window_take_typing (LADDER_WINDOW (widget));
  save_as_ladder_file (LADDER_WINDOW (widget));
}

static void
on_export_as_response (GtkNativeDialog *dialog, int response, LadderWindow *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr (GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));

      start_write (self, WRITE_EXPORT, file, LADDER_SAVE_DEFAULT);
    }
  else
    {
      self->close_after_save = FALSE;
    }

  g_object_unref (dialog);
}

static void
export_as (LadderWindow *self)
{
  GtkFileChooserNative *dialog;
  g_autoptr (GtkFileFilter) pages = gtk_file_filter_new ();
  g_autofree char *title = ladder_document_dup_title (self->document);
  g_autofree char *name = g_strconcat (title, ".md", NULL);
  GFile           *current = ladder_document_get_export_file (self->document);

  dialog = gtk_file_chooser_native_new (_ ("Export Handbook Page"), GTK_WINDOW (self),
                                        GTK_FILE_CHOOSER_ACTION_SAVE, _ ("_Export"), _ ("_Cancel"));
  gtk_file_filter_set_name (pages, _ ("Handbook pages"));
  gtk_file_filter_add_pattern (pages, "*.md");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), pages);

  if (current != NULL)
    {
      gtk_file_chooser_set_file (GTK_FILE_CHOOSER (dialog), current, NULL);
    }
  else
    {
      GFile *saved = ladder_document_get_file (self->document);

      g_autofree char *last = self->settings != NULL
                                  ? g_settings_get_string (self->settings, "last-export-folder")
                                  : NULL;

      /* A handbook page usually goes beside its job family file, or where
       * the last one went. */
      if (saved != NULL)
        {
          g_autoptr (GFile) folder = g_file_get_parent (saved);

          if (folder != NULL)
            gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (dialog), folder, NULL);
        }
      else if (last != NULL && *last != '\0')
        {
          g_autoptr (GFile) folder = g_file_new_for_path (last);

          gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (dialog), folder, NULL);
        }
      gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (dialog), name);
    }

  g_signal_connect (dialog, "response", G_CALLBACK (on_export_as_response), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

/* Export writes a Ladder file's page: the one it was last exported to,
 * asking only the first time. A page or a family folder is written by
 * saving it. */
static void
on_export (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  LadderWindow *self = LADDER_WINDOW (widget);
  GFile        *file = ladder_document_get_export_file (self->document);

  _ladder_window_take_typing (self);
  if (ladder_document_get_kind (self->document) != LADDER_DOCUMENT_LADDER_FILE)
    _ladder_window_save (self);
  else if (file == NULL)
    export_as (self);
  else
    start_write (self, WRITE_EXPORT, file, LADDER_SAVE_DEFAULT);
}

static void
on_export_as (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  _ladder_window_take_typing (LADDER_WINDOW (widget));
  export_as (LADDER_WINDOW (widget));
}

static void
on_reload_response (AdwMessageDialog *dialog, const char *response, LadderWindow *self)
{
  if (g_str_equal (response, "reload"))
    reload (self);
}

static void
on_reload (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  LadderWindow *self = LADDER_WINDOW (widget);
  GtkWidget    *dialog;

  if (!ladder_document_get_modified (self->document))
    {
      reload (self);
      return;
    }

  dialog = adw_message_dialog_new (GTK_WINDOW (self), _ ("Reload the File?"),
                                   _ ("Your changes that are not saved will be lost."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _ ("_Cancel"), "reload",
                                    _ ("_Reload"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "reload",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect (dialog, "response", G_CALLBACK (on_reload_response), self);
  gtk_window_present (GTK_WINDOW (dialog));
}

void
_ladder_window_class_save_init (LadderWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_install_action (widget_class, "win.save", NULL, on_save);
  gtk_widget_class_install_action (widget_class, "win.save-as", NULL, on_save_as);
  gtk_widget_class_install_action (widget_class, "win.save-as-ladder-file", NULL,
                                   on_save_as_ladder_file);
  gtk_widget_class_install_action (widget_class, "win.export", NULL, on_export);
  gtk_widget_class_install_action (widget_class, "win.export-as", NULL, on_export_as);
  gtk_widget_class_install_action (widget_class, "win.reload", NULL, on_reload);
}

/* The header's buttons follow what the document is: a page or a folder
 * is written by Save, and has no Export button. What a person needs next
 * is the suggested action: Export while a Ladder file's page lacks its
 * changes, else Save while there is something to save, else nothing. */
void
_ladder_window_update_save_buttons (LadderWindow *self)
{
  LadderDocumentKind kind = ladder_document_get_kind (self->document);
  gboolean           out_of_date = ladder_document_get_page_out_of_date (self->document);
  gboolean           save_suggested = !out_of_date && ladder_document_get_modified (self->document);
  GtkWidget *saves[] = { GTK_WIDGET (self->save_button), GTK_WIDGET (self->save_icon_button),
                         GTK_WIDGET (self->sidebar_save_button) };
  GtkWidget *exports[]
      = { GTK_WIDGET (self->export_button), GTK_WIDGET (self->export_icon_button) };
  const char *tooltip;

  for (guint i = 0; i < G_N_ELEMENTS (exports); i++)
    {
      gtk_widget_set_visible (exports[i], kind == LADDER_DOCUMENT_LADDER_FILE);
      if (out_of_date)
        gtk_widget_add_css_class (exports[i], "suggested-action");
      else
        gtk_widget_remove_css_class (exports[i], "suggested-action");
    }
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.save-as-ladder-file",
                                 kind != LADDER_DOCUMENT_LADDER_FILE
                                     && !_ladder_window_workspace_choosing (self));

  for (guint i = 0; i < G_N_ELEMENTS (saves); i++)
    {
      if (save_suggested)
        gtk_widget_add_css_class (saves[i], "suggested-action");
      else
        gtk_widget_remove_css_class (saves[i], "suggested-action");
    }

  switch (kind)
    {
    case LADDER_DOCUMENT_PAGE:
      tooltip = _ ("Save the handbook page");
      break;

    case LADDER_DOCUMENT_FOLDER:
      tooltip = _ ("Save the family’s pages");
      break;

    case LADDER_DOCUMENT_LADDER_FILE:
    default:
      tooltip = _ ("Save the job family");
      break;
    }

  for (guint i = 0; i < G_N_ELEMENTS (saves); i++)
    ladder_tooltip_set_text (saves[i], tooltip);
}
