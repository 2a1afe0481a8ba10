/* ladder-workspace-row.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ladder-workspace-row.h"

#include "ladder-a11y.h"
#include "ladder-problem-count.h"

#include <glib/gi18n.h>

#include "ladder-tooltip.h"
#include "ladder-workspace.h"

/*
 * A row of the handbook's list: a department (its name and how many
 * families it has), or a job family (its title, its roles, its git state
 * and how many problems the handbook checks find in it), or a page that
 * could not be read (its name and why). Rows are recycled by the list
 * view: a row holds nothing but the item it shows now, and follows it.
 *
 * What the row shows in small labels and colours is also said in words,
 * as the row's accessible description (the summary).
 */
struct _LadderWorkspaceRow
{
  GtkWidget  parent_instance;
  GtkWidget *box;
  GtkLabel  *title_label;
  GtkLabel  *detail_label;
  GtkLabel  *problems_label;
  GtkLabel  *state_label;

  GObject      *item;
  GSignalGroup *entry_signals;
  GSignalGroup *department_signals;
  /* The department itself, for its title. */
  GSignalGroup *department_title_signals;
  char         *summary;
};

G_DEFINE_FINAL_TYPE (LadderWorkspaceRow, ladder_workspace_row, GTK_TYPE_WIDGET)

enum
{
  PROP_0,
  PROP_ITEM,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* What the row says to a screen reader: the title it shows as its name,
 * the summary as its description. */
static void
set_spoken (LadderWorkspaceRow *self, const char *name, char *summary)
{
  g_free (self->summary);
  self->summary = summary;
  ladder_a11y_speak_list_row (GTK_WIDGET (self), name, summary);
}

static const char *
state_text (LadderGitState state)
{
  switch (state)
    {
    case LADDER_GIT_STATE_MODIFIED:
      /* TRANSLATORS: a page's git state, shown small beside it */
      return C_ ("git state", "Modified");
    case LADDER_GIT_STATE_NEW:
      return C_ ("git state", "New");
    case LADDER_GIT_STATE_DELETED:
      return C_ ("git state", "Deleted");
    case LADDER_GIT_STATE_IGNORED:
      return C_ ("git state", "Ignored");
    case LADDER_GIT_STATE_UNCHANGED:
      return C_ ("git state", "Unchanged");
    case LADDER_GIT_STATE_UNKNOWN:
    default:
      return NULL;
    }
}

static const char *
state_class (LadderGitState state)
{
  switch (state)
    {
    case LADDER_GIT_STATE_MODIFIED:
      return "modified";
    case LADDER_GIT_STATE_NEW:
      return "new";
    case LADDER_GIT_STATE_DELETED:
      return "deleted";
    default:
      return "other";
    }
}

static void
show_department (LadderWorkspaceRow *self, LadderWorkspaceDepartment *department)
{
  guint n = g_list_model_get_n_items (ladder_workspace_department_get_entries (department));
  g_autofree char *count = g_strdup_printf ("%u", n);

  gtk_label_set_label (self->title_label, ladder_workspace_department_get_title (department));
  gtk_widget_add_css_class (GTK_WIDGET (self->title_label), "heading");
  gtk_widget_set_visible (GTK_WIDGET (self->detail_label), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->problems_label), FALSE);

  gtk_label_set_label (self->state_label, count);
  gtk_widget_set_visible (GTK_WIDGET (self->state_label), TRUE);
  gtk_widget_set_css_classes (GTK_WIDGET (self->state_label),
                              (const char *[]){ "git-state", "count", NULL });

  set_spoken (self, ladder_workspace_department_get_title (department),
              /* TRANSLATORS: how many job families a department has */
              g_strdup_printf (ngettext ("%u job family", "%u job families", n), n));
}

static void
show_entry (LadderWorkspaceRow *self, LadderWorkspaceEntry *entry)
{
  const char    *problem = ladder_workspace_entry_get_problem (entry);
  LadderGitState state = ladder_workspace_entry_get_git_state (entry);
  guint          n_roles = ladder_workspace_entry_get_n_roles (entry);
  guint          n_errors = ladder_workspace_entry_get_n_errors (entry);
  guint          n_warnings = ladder_workspace_entry_get_n_warnings (entry);
  g_autoptr (GString) summary = g_string_new (NULL);
  g_autofree char *detail = NULL;
  const char      *state_label = state_text (state);

  gtk_label_set_label (self->title_label, ladder_workspace_entry_get_title (entry));
  gtk_widget_remove_css_class (GTK_WIDGET (self->title_label), "heading");

  if (problem != NULL)
    /* TRANSLATORS: why a page of the handbook is listed but cannot be opened */
    detail = g_strdup_printf (_ ("Cannot be read: %s"), problem);
  else
    /* TRANSLATORS: how many roles (levels) a job family has */
    detail = g_strdup_printf (ngettext ("%u role", "%u roles", n_roles), n_roles);
  gtk_label_set_label (self->detail_label, detail);
  gtk_widget_set_visible (GTK_WIDGET (self->detail_label), TRUE);
  if (problem != NULL)
    gtk_widget_add_css_class (GTK_WIDGET (self->detail_label), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->detail_label), "error");
  ladder_tooltip_set_text (GTK_WIDGET (self->detail_label), problem);
  g_string_append (summary, detail);

  /* An unchanged page is the usual case: only changes stand out, and the
   * summary says it in words. */
  gtk_widget_set_visible (GTK_WIDGET (self->state_label),
                          state_label != NULL && state != LADDER_GIT_STATE_UNCHANGED);
  if (state_label != NULL)
    {
      gtk_label_set_label (self->state_label, state_label);
      gtk_widget_set_css_classes (GTK_WIDGET (self->state_label),
                                  (const char *[]){ "git-state", state_class (state), NULL });
      g_string_append_printf (summary, ", %s", state_label);
    }

  if (ladder_workspace_entry_get_checked (entry) && n_errors + n_warnings > 0)
    {
      g_autofree char *count = g_strdup_printf ("%u", n_errors + n_warnings);
      g_autofree char *words = ladder_problem_count_text (n_errors, n_warnings);

      gtk_label_set_label (self->problems_label, count);
      ladder_tooltip_set_text (GTK_WIDGET (self->problems_label), words);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->problems_label),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, words, -1);
      gtk_widget_set_css_classes (
          GTK_WIDGET (self->problems_label),
          (const char *[]){ "problem-count", n_errors > 0 ? "error" : "warning", NULL });
      gtk_widget_set_visible (GTK_WIDGET (self->problems_label), TRUE);
      g_string_append_printf (summary, ", %s", words);
    }
  else
    {
      gtk_widget_set_visible (GTK_WIDGET (self->problems_label), FALSE);
      if (ladder_workspace_entry_get_checked (entry))
        g_string_append_printf (summary, ", %s", _ ("no problems found"));
    }

  set_spoken (self, ladder_workspace_entry_get_title (entry),
              g_string_free (g_steal_pointer (&summary), FALSE));
}

static void
update (LadderWorkspaceRow *self)
{
  if (LADDER_IS_WORKSPACE_ENTRY (self->item))
    show_entry (self, LADDER_WORKSPACE_ENTRY (self->item));
  else if (LADDER_IS_WORKSPACE_DEPARTMENT (self->item))
    show_department (self, LADDER_WORKSPACE_DEPARTMENT (self->item));
}

static void
ladder_workspace_row_dispose (GObject *object)
{
  LadderWorkspaceRow *self = (LadderWorkspaceRow *) object;

  g_clear_object (&self->entry_signals);
  g_clear_object (&self->department_signals);
  g_clear_object (&self->department_title_signals);
  g_clear_object (&self->item);
  g_clear_pointer (&self->summary, g_free);
  gtk_widget_dispose_template (GTK_WIDGET (self), LADDER_TYPE_WORKSPACE_ROW);

  G_OBJECT_CLASS (ladder_workspace_row_parent_class)->dispose (object);
}

static void
ladder_workspace_row_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  LadderWorkspaceRow *self = LADDER_WORKSPACE_ROW (object);

  switch (prop_id)
    {
    case PROP_ITEM:
      g_value_set_object (value, self->item);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ladder_workspace_row_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  LadderWorkspaceRow *self = LADDER_WORKSPACE_ROW (object);

  switch (prop_id)
    {
    case PROP_ITEM:
      ladder_workspace_row_set_item (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ladder_workspace_row_class_init (LadderWorkspaceRowClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ladder_workspace_row_dispose;
  object_class->get_property = ladder_workspace_row_get_property;
  object_class->set_property = ladder_workspace_row_set_property;

  properties[PROP_ITEM]
      = g_param_spec_object ("item", NULL, NULL, G_TYPE_OBJECT,
                             G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/ladder-workspace-row.ui");
  gtk_widget_class_bind_template_child (widget_class, LadderWorkspaceRow, box);
  gtk_widget_class_bind_template_child (widget_class, LadderWorkspaceRow, title_label);
  gtk_widget_class_bind_template_child (widget_class, LadderWorkspaceRow, detail_label);
  gtk_widget_class_bind_template_child (widget_class, LadderWorkspaceRow, problems_label);
  gtk_widget_class_bind_template_child (widget_class, LadderWorkspaceRow, state_label);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
ladder_workspace_row_init (LadderWorkspaceRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->entry_signals = g_signal_group_new (LADDER_TYPE_WORKSPACE_ENTRY);
  g_signal_group_connect_swapped (self->entry_signals, "notify", G_CALLBACK (update), self);
  self->department_signals = g_signal_group_new (G_TYPE_LIST_MODEL);
  g_signal_group_connect_swapped (self->department_signals, "items-changed", G_CALLBACK (update),
                                  self);
  self->department_title_signals = g_signal_group_new (LADDER_TYPE_WORKSPACE_DEPARTMENT);
  g_signal_group_connect_swapped (self->department_title_signals, "notify::title",
                                  G_CALLBACK (update), self);
}

GtkWidget *
ladder_workspace_row_new (void)
{
  return g_object_new (LADDER_TYPE_WORKSPACE_ROW, NULL);
}

GObject *
ladder_workspace_row_get_item (LadderWorkspaceRow *self)
{
  g_return_val_if_fail (LADDER_IS_WORKSPACE_ROW (self), NULL);

  return self->item;
}

/**
 * ladder_workspace_row_set_item:
 * @self: a row
 * @item: (nullable): a #LadderWorkspaceEntry or a
 *   #LadderWorkspaceDepartment
 */
void
ladder_workspace_row_set_item (LadderWorkspaceRow *self, GObject *item)
{
  g_return_if_fail (LADDER_IS_WORKSPACE_ROW (self));

  if (!g_set_object (&self->item, item))
    return;

  g_signal_group_set_target (self->entry_signals, LADDER_IS_WORKSPACE_ENTRY (item) ? item : NULL);
  g_signal_group_set_target (
      self->department_signals,
      LADDER_IS_WORKSPACE_DEPARTMENT (item)
          ? ladder_workspace_department_get_entries (LADDER_WORKSPACE_DEPARTMENT (item))
          : NULL);
  g_signal_group_set_target (self->department_title_signals,
                             LADDER_IS_WORKSPACE_DEPARTMENT (item) ? item : NULL);
  update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ITEM]);
}

/* What the row says, in words: its accessible description. */
const char *
ladder_workspace_row_get_summary (LadderWorkspaceRow *self)
{
  g_return_val_if_fail (LADDER_IS_WORKSPACE_ROW (self), NULL);

  return self->summary;
}
