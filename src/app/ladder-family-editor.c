/* ladder-family-editor.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ladder-family-editor.h"
#include "ladder-widget-find.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <string.h>

#include "ladder-deletion.h"
#include "ladder-entry-row.h"
#include "ladder-markdown-view.h"
#include "ladder-section-row.h"
#include "ladder-text-binding.h"
#include "ladder-tooltip.h"

/* The form for the family itself: its title, summary and introduction,
 * and the Markdown of each of its sections. */
struct _LadderFamilyEditor
{
  GtkWidget            parent_instance;
  GtkWidget           *page;
  AdwPreferencesGroup *family_group;
  AdwPreferencesGroup *intro_group;
  LadderEntryRow      *title_row;
  LadderEntryRow      *summary_row;
  GtkTextView         *intro_view;
  GtkListBox          *sections_list;
  LadderFamily        *family;
  LadderHistory       *history;
  GBindingGroup       *bindings;
  GListModel          *problems;
  /* The intro group's own description, before a problem's message. */
  char *intro_description;
};

G_DEFINE_FINAL_TYPE (LadderFamilyEditor, ladder_family_editor, GTK_TYPE_WIDGET)

enum
{
  PROP_0,
  PROP_FAMILY,
  PROP_HISTORY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
section_title (GBinding *binding, const GValue *from, GValue *to, gpointer user_data)
{
  LadderSection *section = LADDER_SECTION (g_binding_dup_source (binding));
  const char    *heading = g_value_get_string (from);

  /* The page's own words; a place for roles without a heading of its own
   * is named for what is there. */
  if (*heading != '\0')
    g_value_set_string (to, heading);
  else if (ladder_section_get_kind (section) == LADDER_SECTION_ROLES)
    g_value_set_string (to, _ ("Roles"));
  else
    g_value_set_string (to, _ ("Untitled section"));

  g_object_unref (section);
  return TRUE;
}

static void
remove_section (gpointer owner, guint position, gpointer user_data)
{
  ladder_family_remove_section (owner, position);
}

static void
insert_section (gpointer owner, guint position, gpointer item, gpointer user_data)
{
  ladder_family_insert_section (owner, position, item);
}

static void
on_remove_section (GtkButton *button, LadderFamilyEditor *self)
{
  LadderSection   *section = g_object_get_data (G_OBJECT (button), "ladder-section");
  g_autofree char *message = NULL;
  guint            position;

  if (self->family == NULL
      || !g_list_store_find (G_LIST_STORE (ladder_family_get_sections (self->family)), section,
                             &position))
    return;

  message = ladder_deletion_message (ladder_section_get_heading (section),
                                     _ ("Untitled section deleted"));
  ladder_deletion_delete (GTK_WIDGET (self), self->history, message,
                          ladder_family_get_sections (self->family), position, self->family,
                          remove_section, insert_section, NULL, NULL, NULL);
}

static GtkWidget *
create_section_row (gpointer item, gpointer user_data)
{
  LadderFamilyEditor *self = user_data;
  LadderSection      *section = item;
  GtkWidget          *row = ladder_section_row_new (section, _ ("Section text"), section_title);

  if (ladder_section_get_kind (section) == LADDER_SECTION_ROLES)
    adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row),
                                   _ ("Its roles are edited in the sidebar"));
  else
    ladder_section_row_add_delete_button (row, G_CALLBACK (on_remove_section), self);

  return row;
}

/* Keeps the form scrolled to its end while the new section's row opens
 * (its revealer grows the form for a few frames). */
static gboolean
scroll_to_end (GtkWidget *widget, GdkFrameClock *clock, gpointer user_data)
{
  LadderFamilyEditor *self = LADDER_FAMILY_EDITOR (widget);
  GtkWidget *scrolled = ladder_widget_find_descendant (self->page, GTK_TYPE_SCROLLED_WINDOW);
  guint     *frames = user_data;

  if (scrolled != NULL)
    {
      GtkAdjustment *adjustment
          = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));

      gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment)
                                                - gtk_adjustment_get_page_size (adjustment));
    }

  return ++*frames < 30 ? G_SOURCE_CONTINUE : G_SOURCE_REMOVE;
}

static void
on_add_section (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  LadderFamilyEditor *self = LADDER_FAMILY_EDITOR (widget);
  g_autoptr (LadderSection) section = NULL;
  GtkListBoxRow *row;
  GtkWidget     *heading;

  if (self->family == NULL)
    return;

  /* The words of a page are the page's: a new heading is empty until it is
   * typed, and marked as such meanwhile. It is written at the level of the
   * page's other sections. */
  section = ladder_family_new_last_section (self->family);
  ladder_family_append_section (self->family, section);

  /* Its row opens with the focus in its heading, as a new role's title
   * takes it: last and closed, often below what the window showed, the
   * row went unseen, a person clicked again, and each click saved a bare
   * "##" line on the page. */
  row = gtk_list_box_get_row_at_index (
      self->sections_list,
      (int) g_list_model_get_n_items (ladder_family_get_sections (self->family)) - 1);
  if (row == NULL || !ADW_IS_EXPANDER_ROW (row))
    return;
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
  heading = ladder_widget_find_descendant (GTK_WIDGET (row), LADDER_TYPE_ENTRY_ROW);
  if (heading != NULL)
    gtk_widget_grab_focus (heading);
  gtk_widget_add_tick_callback (GTK_WIDGET (self), scroll_to_end, g_new0 (guint, 1), g_free);
}

/* A title or summary the page gives as something other than text (a list,
 * a value with a YAML anchor) cannot be edited here: the row says why. */
static void
update_read_only (LadderFamilyEditor *self)
{
  struct
  {
    LadderEntryRow *row;
    const char     *property;
  } fields[] = {
    { self->title_row, "title" },
    { self->summary_row, "summary" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      GtkWidget       *row = GTK_WIDGET (fields[i].row);
      g_autofree char *reason
          = self->family != NULL
                ? ladder_family_dup_read_only_reason (self->family, fields[i].property)
                : NULL;

      gtk_widget_set_sensitive (row, reason == NULL);
      ladder_tooltip_set_text (row, reason);
      if (reason != NULL)
        gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                        reason, -1);
      else
        gtk_accessible_reset_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
    }
}

/* ------------------------------------------------------------------ */
/* The handbook checks' marks                                           */

static void
append_message (GString *messages, LadderLintProblem *problem)
{
  if (messages->len > 0)
    g_string_append_c (messages, '\n');
  g_string_append (messages, ladder_lint_problem_get_message (problem));
}

static void
mark_widget (GtkWidget *widget, LadderLintSeverity worst, GString *messages)
{
  gtk_widget_remove_css_class (widget, "error");
  gtk_widget_remove_css_class (widget, "warning");
  if (worst == LADDER_LINT_ERROR)
    gtk_widget_add_css_class (widget, "error");
  else if (worst == LADDER_LINT_WARNING)
    gtk_widget_add_css_class (widget, "warning");
  ladder_tooltip_set_text (widget, messages->len > 0 ? messages->str : NULL);
}

/* The problems of the family's own fields: the front matter's on the
 * title, the page's as a whole (a missing section) under the family's
 * title, the introduction's under its own, a section's on its row. */
static void
update_marks (LadderFamilyEditor *self)
{
  g_autoptr (GString) page = g_string_new (NULL);
  g_autoptr (GString) front_matter = g_string_new (NULL);
  g_autoptr (GString) intro = g_string_new (self->intro_description);
  LadderLintSeverity front_matter_worst = LADDER_LINT_OFF;
  guint              n_problems = self->problems != NULL && self->family != NULL
                                      ? g_list_model_get_n_items (self->problems)
                                      : 0;
  GtkListBoxRow     *row;

  for (guint i = 0; (row = gtk_list_box_get_row_at_index (self->sections_list, (int) i)) != NULL;
       i++)
    {
      gtk_widget_remove_css_class (GTK_WIDGET (row), "error");
      gtk_widget_remove_css_class (GTK_WIDGET (row), "warning");
      ladder_tooltip_set_text (GTK_WIDGET (row), NULL);
    }

  for (guint i = 0; i < n_problems; i++)
    {
      g_autoptr (LadderLintProblem) problem = g_list_model_get_item (self->problems, i);

      if (ladder_lint_problem_get_role (problem) >= 0)
        continue;

      switch (ladder_lint_problem_get_field (problem))
        {
        case LADDER_LINT_FIELD_FRONT_MATTER:
          front_matter_worst = MAX (front_matter_worst, ladder_lint_problem_get_severity (problem));
          append_message (front_matter, problem);
          break;
        case LADDER_LINT_FIELD_INTRO:
          append_message (intro, problem);
          break;
        case LADDER_LINT_FIELD_SECTION:
          row = gtk_list_box_get_row_at_index (self->sections_list,
                                               ladder_lint_problem_get_index (problem));
          if (row != NULL)
            {
              const char      *tooltip = gtk_widget_get_tooltip_text (GTK_WIDGET (row));
              g_autofree char *joined
                  = tooltip != NULL
                        ? g_strjoin ("\n", tooltip, ladder_lint_problem_get_message (problem), NULL)
                        : g_strdup (ladder_lint_problem_get_message (problem));

              if (ladder_lint_problem_get_severity (problem) == LADDER_LINT_ERROR)
                gtk_widget_remove_css_class (GTK_WIDGET (row), "warning");
              if (!gtk_widget_has_css_class (GTK_WIDGET (row), "error"))
                gtk_widget_add_css_class (
                    GTK_WIDGET (row),
                    ladder_lint_problem_get_severity (problem) == LADDER_LINT_ERROR ? "error"
                                                                                    : "warning");
              ladder_tooltip_set_text (GTK_WIDGET (row), joined);
              break;
            }
          append_message (page, problem);
          break;
        default:
          append_message (page, problem);
          break;
        }
    }

  {
    /* The title's tooltip also says why it cannot be edited. */
    g_autofree char *reason
        = self->family != NULL ? ladder_family_dup_read_only_reason (self->family, "title") : NULL;

    if (reason != NULL && front_matter->len > 0)
      g_string_prepend_c (front_matter, '\n');
    if (reason != NULL)
      g_string_prepend (front_matter, reason);
    mark_widget (GTK_WIDGET (self->title_row), front_matter_worst, front_matter);
  }
  {
    /* A group's description is Pango markup; the messages quote the page. */
    g_autofree char *page_escaped = g_markup_escape_text (page->str, -1);
    g_autofree char *intro_escaped = g_markup_escape_text (intro->str, -1);

    adw_preferences_group_set_description (self->family_group, page->len > 0 ? page_escaped : NULL);
    adw_preferences_group_set_description (self->intro_group, intro_escaped);
  }
}

void
ladder_family_editor_set_problems (LadderFamilyEditor *self, GListModel *problems)
{
  g_return_if_fail (LADDER_IS_FAMILY_EDITOR (self));
  g_return_if_fail (problems == NULL || G_IS_LIST_MODEL (problems));

  if (self->problems != NULL)
    g_signal_handlers_disconnect_by_func (self->problems, update_marks, self);
  g_set_object (&self->problems, problems);
  if (problems != NULL)
    g_signal_connect_swapped (problems, "items-changed", G_CALLBACK (update_marks), self);
  update_marks (self);
}

void
ladder_family_editor_show_problem (LadderFamilyEditor *self, LadderLintProblem *problem)
{
  GtkWidget *view = NULL;

  g_return_if_fail (LADDER_IS_FAMILY_EDITOR (self));
  g_return_if_fail (LADDER_IS_LINT_PROBLEM (problem));

  switch (ladder_lint_problem_get_field (problem))
    {
    case LADDER_LINT_FIELD_INTRO:
      view = GTK_WIDGET (self->intro_view);
      break;
    case LADDER_LINT_FIELD_SECTION:
      {
        GtkListBoxRow *row = gtk_list_box_get_row_at_index (
            self->sections_list, ladder_lint_problem_get_index (problem));

        if (row != NULL && ADW_IS_EXPANDER_ROW (row))
          {
            adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
            view = ladder_widget_find_descendant (GTK_WIDGET (row), GTK_TYPE_TEXT_VIEW);
            if (view == NULL)
              {
                gtk_widget_grab_focus (GTK_WIDGET (row));
                return;
              }
          }
      }
      break;
    default:
      break;
    }

  if (view == NULL)
    {
      gtk_widget_grab_focus (GTK_WIDGET (self->title_row));
      return;
    }

  gtk_widget_grab_focus (view);
  ladder_text_view_select_bytes (GTK_TEXT_VIEW (view),
                                 ladder_lint_problem_get_field_offset (problem),
                                 ladder_lint_problem_get_field_length (problem));
}

static void
ladder_family_editor_dispose (GObject *object)
{
  LadderFamilyEditor *self = (LadderFamilyEditor *) object;

  if (self->sections_list != NULL)
    gtk_list_box_bind_model (self->sections_list, NULL, NULL, NULL, NULL);
  g_clear_object (&self->bindings);
  g_clear_object (&self->family);
  if (self->problems != NULL)
    g_signal_handlers_disconnect_by_func (self->problems, update_marks, self);
  g_clear_object (&self->problems);
  g_clear_pointer (&self->intro_description, g_free);
  g_clear_object (&self->history);
  gtk_widget_dispose_template (GTK_WIDGET (self), LADDER_TYPE_FAMILY_EDITOR);

  G_OBJECT_CLASS (ladder_family_editor_parent_class)->dispose (object);
}

static void
ladder_family_editor_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  LadderFamilyEditor *self = LADDER_FAMILY_EDITOR (object);

  switch (prop_id)
    {
    case PROP_FAMILY:
      g_value_set_object (value, self->family);
      break;

    case PROP_HISTORY:
      g_value_set_object (value, self->history);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ladder_family_editor_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  LadderFamilyEditor *self = LADDER_FAMILY_EDITOR (object);

  switch (prop_id)
    {
    case PROP_FAMILY:
      ladder_family_editor_set_family (self, g_value_get_object (value));
      break;

    case PROP_HISTORY:
      ladder_family_editor_set_history (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ladder_family_editor_class_init (LadderFamilyEditorClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ladder_family_editor_dispose;
  object_class->get_property = ladder_family_editor_get_property;
  object_class->set_property = ladder_family_editor_set_property;

  properties[PROP_FAMILY] = g_param_spec_object (
      "family", NULL, NULL, LADDER_TYPE_FAMILY,
      (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* The document's history: deleting a section is one step of it. */
  properties[PROP_HISTORY] = g_param_spec_object (
      "history", NULL, NULL, LADDER_TYPE_HISTORY,
      (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (LADDER_TYPE_ENTRY_ROW);
  g_type_ensure (GTK_SOURCE_TYPE_VIEW);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/ladder-family-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, LadderFamilyEditor, page);
  gtk_widget_class_bind_template_child (widget_class, LadderFamilyEditor, title_row);
  gtk_widget_class_bind_template_child (widget_class, LadderFamilyEditor, family_group);
  gtk_widget_class_bind_template_child (widget_class, LadderFamilyEditor, intro_group);
  gtk_widget_class_bind_template_child (widget_class, LadderFamilyEditor, summary_row);
  gtk_widget_class_bind_template_child (widget_class, LadderFamilyEditor, intro_view);
  gtk_widget_class_bind_template_child (widget_class, LadderFamilyEditor, sections_list);
  gtk_widget_class_install_action (widget_class, "family.add-section", NULL, on_add_section);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
ladder_family_editor_init (LadderFamilyEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  ladder_markdown_view_setup (GTK_SOURCE_VIEW (self->intro_view), 120);
  self->intro_description = g_strdup (adw_preferences_group_get_description (self->intro_group));

  self->bindings = g_binding_group_new ();
  g_binding_group_bind (self->bindings, "title", self->title_row, "text",
                        G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL);
  g_binding_group_bind (self->bindings, "summary", self->summary_row, "text",
                        G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL);
}

GtkWidget *
ladder_family_editor_new (void)
{
  return g_object_new (LADDER_TYPE_FAMILY_EDITOR, NULL);
}

LadderFamily *
ladder_family_editor_get_family (LadderFamilyEditor *self)
{
  g_return_val_if_fail (LADDER_IS_FAMILY_EDITOR (self), NULL);

  return self->family;
}

void
ladder_family_editor_set_family (LadderFamilyEditor *self, LadderFamily *family)
{
  g_return_if_fail (LADDER_IS_FAMILY_EDITOR (self));
  g_return_if_fail (family == NULL || LADDER_IS_FAMILY (family));

  if (!g_set_object (&self->family, family))
    return;

  g_binding_group_set_source (self->bindings, family);
  update_read_only (self);
  update_marks (self);

  if (family != NULL)
    {
      ladder_text_binding_bind_markdown (self->intro_view, G_OBJECT (family), "intro");
      gtk_list_box_bind_model (self->sections_list, ladder_family_get_sections (family),
                               create_section_row, self, NULL);
    }
  else
    {
      gtk_list_box_bind_model (self->sections_list, NULL, NULL, NULL, NULL);
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FAMILY]);
}

static gboolean
is_in (GtkWidget *widget, gpointer ancestor)
{
  return widget == ancestor || gtk_widget_is_ancestor (widget, ancestor);
}

/* Which part of the page the field holding @widget edits, for the preview
 * to show it; FALSE when @widget is in none. */
gboolean
ladder_family_editor_locate (LadderFamilyEditor *self, GtkWidget *widget, LadderPageBlock *block)
{
  g_return_val_if_fail (LADDER_IS_FAMILY_EDITOR (self), FALSE);

  *block = (LadderPageBlock){ .role = -1, .section = -1, .bullet = -1 };

  if (is_in (widget, self->title_row) || is_in (widget, self->summary_row))
    {
      block->kind = LADDER_PAGE_BLOCK_FRONT_MATTER;
    }
  else if (is_in (widget, self->intro_view))
    {
      block->kind = LADDER_PAGE_BLOCK_INTRO;
    }
  else if (is_in (widget, self->sections_list))
    {
      GtkWidget *row = gtk_widget_get_ancestor (widget, ADW_TYPE_EXPANDER_ROW);

      if (row == NULL)
        return FALSE;
      block->kind = LADDER_PAGE_BLOCK_SECTION_HEADING;
      block->section = gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (row));
    }
  else
    {
      return FALSE;
    }

  return TRUE;
}

LadderHistory *
ladder_family_editor_get_history (LadderFamilyEditor *self)
{
  g_return_val_if_fail (LADDER_IS_FAMILY_EDITOR (self), NULL);

  return self->history;
}

void
ladder_family_editor_set_history (LadderFamilyEditor *self, LadderHistory *history)
{
  g_return_if_fail (LADDER_IS_FAMILY_EDITOR (self));
  g_return_if_fail (history == NULL || LADDER_IS_HISTORY (history));

  if (!g_set_object (&self->history, history))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HISTORY]);
}
