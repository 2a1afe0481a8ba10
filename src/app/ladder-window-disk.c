/* ladder-window-disk.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ladder-window-private.h"

#include <glib/gi18n.h>

/*
 * The toasts that say another program changed, moved or deleted a file of
 * the document (an editor, a `git pull`, a `git mv`), and offer what can
 * be done about it.
 */

static void
on_disk_toast_dismissed (LadderWindow *self, AdwToast *toast)
{
  if (self->disk_toast == toast)
    g_clear_weak_pointer (&self->disk_toast);
}

static void
on_disk_toast_clicked (LadderWindow *self, AdwToast *toast)
{
  if (g_object_get_data (G_OBJECT (toast), "ladder-document") == self->document)
    gtk_widget_activate_action (GTK_WIDGET (self),
                                g_object_get_data (G_OBJECT (toast), "ladder-action"), NULL);
}

/* What the toast says, and what its button does: Reload reads the file
 * again, a family folder as its pages are now (a level page moved is
 * found under its new name); a page moved or deleted has nothing to read
 * again, and is saved elsewhere (or, on Save, again where it was). */
static char *
disk_message (LadderWindow *self, const char **action, const char **label)
{
  g_autofree char *name = ladder_document_dup_title (self->document);
  GFile           *missing = ladder_document_get_missing_file (self->document);
  g_autofree char *page = missing != NULL ? g_file_get_basename (missing) : NULL;

  *action = "win.reload";
  *label = _ ("_Reload");

  if (missing == NULL)
    /* TRANSLATORS: %s is the name of a document */
    return g_strdup_printf (_ ("“%s” was changed by another program"), name);

  if (ladder_document_get_kind (self->document) == LADDER_DOCUMENT_FOLDER)
    /* TRANSLATORS: the first %s is the file name of a page of a family
     * kept as a folder, the second the family's name */
    return g_strdup_printf (_ ("“%s” of “%s” was moved or deleted by another program"), page, name);

  *action = "win.save-as";
  *label = _ ("Save _As…");
  /* TRANSLATORS: %s is a file name */
  return g_strdup_printf (_ ("“%s” was moved or deleted by another program"), page);
}

void
_ladder_window_on_changed_on_disk (LadderWindow *self)
{
  const char      *action;
  const char      *label;
  g_autofree char *message = disk_message (self, &action, &label);
  AdwToast        *toast;

  /* One toast, however many changes come (a `git pull`, `sed -i`, the
   * pages of a family folder): the one shown stays, saying the latest.
   * Dismissing it for a new one while libadwaita 1.2 was still showing it
   * freed it twice. */
  if (self->disk_toast != NULL)
    {
      g_autofree char *escaped = g_markup_escape_text (message, -1);

      adw_toast_set_title (self->disk_toast, escaped);
      adw_toast_set_button_label (self->disk_toast, label);
      g_object_set_data (G_OBJECT (self->disk_toast), "ladder-action", (gpointer) action);
      return;
    }

  toast = _ladder_window_toast_new (message);
  adw_toast_set_timeout (toast, 0);
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  adw_toast_set_button_label (toast, label);
  g_object_set_data (G_OBJECT (toast), "ladder-action", (gpointer) action);
  /* Its button acts on the document the toast is about, never another one
   * the window shows by the time it is clicked. */
  g_object_set_data_full (G_OBJECT (toast), "ladder-document", g_object_ref (self->document),
                          g_object_unref);
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (on_disk_toast_clicked), self,
                           G_CONNECT_SWAPPED);

  g_set_weak_pointer (&self->disk_toast, toast);
  g_signal_connect_object (toast, "dismissed", G_CALLBACK (on_disk_toast_dismissed), self,
                           G_CONNECT_SWAPPED);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/* The page a Ladder file was exported to changed (a `git pull`): the next
 * export asks first. (A page opened is the document's own file: it offers
 * to reload, as any file does.) */
void
_ladder_window_on_export_changed_on_disk (LadderWindow *self)
{
  g_autofree char *name = NULL;
  g_autofree char *message = NULL;
  g_autofree char *escaped = NULL;
  AdwToast        *toast;

  name = g_file_get_basename (ladder_document_get_export_file (self->document));
  message = g_strdup_printf (
      /* TRANSLATORS: %s is a file name */
      _ ("“%s” was changed by another program; exporting asks before writing over it"), name);
  /* A toast's title is Pango markup; a file's name may hold "&" or "<". */
  escaped = g_markup_escape_text (message, -1);
  toast = adw_toast_new (escaped);
  adw_toast_set_timeout (toast, 0);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}
