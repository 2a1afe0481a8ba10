/* ladder-window-start.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ladder-window-private.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ladder-markdown-import.h"
#include "ladder-template.h"

/*
 * A new window's start: a new, empty document offers the handbook's
 * template (a page with a first level and its parts, named after the job
 * family the person names) or an empty family. The template becomes a new
 * document, not saved yet, as if its page had been typed.
 */

/* A new document nobody has touched: nothing read, nothing typed. */
static gboolean
is_new_and_empty (LadderWindow *self)
{
  return ladder_document_get_file (self->document) == NULL
         && ladder_document_get_export_file (self->document) == NULL
         && !ladder_document_get_modified (self->document)
         && g_list_model_get_n_items (ladder_family_get_roles (family (self))) == 0
         && *ladder_family_get_title (family (self)) == '\0';
}

void
_ladder_window_start_update (LadderWindow *self)
{
  if (is_new_and_empty (self))
    gtk_stack_set_visible_child_name (self->editor_stack, "start");
}

/* The family made from the template page for @title. */
static LadderFamily *
family_from_template (const char  *title,
                      GError     **error)
{
  g_autofree char *page = ladder_template_page (title, LADDER_TEMPLATE_JOB_LEVEL);

  return ladder_markdown_import (page, strlen (page), "template.md", error);
}

static void
on_title_changed (GtkEditable      *entry,
                  AdwMessageDialog *dialog)
{
  g_autofree char *title = g_strstrip (g_strdup (gtk_editable_get_text (entry)));

  adw_message_dialog_set_response_enabled (dialog, "create", *title != '\0');
}

static void
on_template_response (AdwMessageDialog *dialog,
                      const char       *response,
                      LadderWindow     *self)
{
  GtkEditable *entry = GTK_EDITABLE (adw_message_dialog_get_extra_child (dialog));
  g_autofree char *title = g_strstrip (g_strdup (gtk_editable_get_text (entry)));
  g_autoptr (LadderFamily) template = NULL;
  g_autoptr (LadderDocument) document = NULL;
  g_autoptr (GError) error = NULL;

  if (!g_str_equal (response, "create") || *title == '\0')
    return;

  template = family_from_template (title, &error);
  if (template == NULL)
    {
      /* The template is Ladder's own page: this is a bug, said as such. */
      g_critical ("The handbook template could not be read: %s", error->message);
      return;
    }

  document = ladder_document_new_for_family (template);
  _ladder_window_set_document (self, document);
  if (g_list_model_get_n_items (ladder_family_get_roles (template)) > 0)
    {
      guint last = g_list_model_get_n_items (ladder_family_get_roles (template)) - 1;

      ladder_window_select_role (self, last);
    }
}

/* Asks for the job family's title, which the template's page and its first
 * level are named after. */
static void
on_new_from_template (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  LadderWindow *self = LADDER_WINDOW (widget);
  GtkWidget *dialog;
  GtkWidget *entry = gtk_entry_new ();

  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("New Job Family From the Template"),
                                   _("The job family’s title, as the handbook page will show it, such as "
                                     "“Product Designer”."));
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Job family title"), -1);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), entry);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "create", _("C_reate"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "create", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (dialog), "create", FALSE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "create");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect (entry, "changed", G_CALLBACK (on_title_changed), dialog);
  g_signal_connect (dialog, "response", G_CALLBACK (on_template_response), self);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (entry);
}

static void
on_start_empty (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  ladder_window_show_family (LADDER_WINDOW (widget));
}

void
_ladder_window_class_start_init (LadderWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_install_action (widget_class, "win.new-from-template", NULL, on_new_from_template);
  gtk_widget_class_install_action (widget_class, "win.start-empty", NULL, on_start_empty);
}
