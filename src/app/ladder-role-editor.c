/* ladder-role-editor.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ladder-role-editor-private.h"
#include "ladder-role-text-row.h"

#include <adwaita.h>
#include <glib/gi18n.h>

/*
 * The form for one role. Its fields follow the role through one binding
 * group, so showing another role is one call; the grade, the manager and
 * "extends" need a little translation between widget and model and follow
 * the role's notifications.
 */

G_DEFINE_FINAL_TYPE (LadderRoleEditor, ladder_role_editor, GTK_TYPE_WIDGET)

enum
{
  PROP_0,
  PROP_ROLE,
  PROP_FAMILY,
  PROP_HISTORY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
ladder_role_editor_dispose (GObject *object)
{
  LadderRoleEditor *self = (LadderRoleEditor *) object;

  if (self->subsections_list != NULL)
    gtk_list_box_bind_model (self->subsections_list, NULL, NULL, NULL, NULL);
  _ladder_role_editor_unbind_texts (self);
  g_clear_object (&self->bindings);
  g_clear_object (&self->role_signals);
  g_clear_object (&self->family_signals);
  g_clear_object (&self->role);
  g_clear_object (&self->family);
  g_clear_object (&self->history);
  g_clear_object (&self->completion_model);
  g_clear_handle_id (&self->extends_preparing, g_source_remove);
  if (self->extends_roles != NULL)
    ladder_role_choices_set_roles (self->extends_roles, NULL);
  g_clear_object (&self->extends_roles);
  g_clear_object (&self->extends_none);
  if (self->problems != NULL)
    g_signal_handlers_disconnect_by_data (self->problems, self);
  g_clear_object (&self->problems);
  g_clear_pointer (&self->problems_by_role, g_ptr_array_unref);
  gtk_widget_dispose_template (GTK_WIDGET (self), LADDER_TYPE_ROLE_EDITOR);

  G_OBJECT_CLASS (ladder_role_editor_parent_class)->dispose (object);
}

static void
ladder_role_editor_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  LadderRoleEditor *self = LADDER_ROLE_EDITOR (object);

  switch (prop_id)
    {
    case PROP_ROLE:
      g_value_set_object (value, self->role);
      break;

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
ladder_role_editor_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  LadderRoleEditor *self = LADDER_ROLE_EDITOR (object);

  switch (prop_id)
    {
    case PROP_ROLE:
      ladder_role_editor_set_role (self, g_value_get_object (value));
      break;

    case PROP_FAMILY:
      ladder_role_editor_set_family (self, g_value_get_object (value));
      break;

    case PROP_HISTORY:
      ladder_role_editor_set_history (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ladder_role_editor_class_init (LadderRoleEditorClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ladder_role_editor_dispose;
  object_class->get_property = ladder_role_editor_get_property;
  object_class->set_property = ladder_role_editor_set_property;

  properties[PROP_ROLE] = g_param_spec_object (
      "role", NULL, NULL, LADDER_TYPE_ROLE,
      (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_FAMILY] = g_param_spec_object (
      "family", NULL, NULL, LADDER_TYPE_FAMILY,
      (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* The document's history, for the edits of its bullet lists that make
   * one step of several changes. */
  properties[PROP_HISTORY] = g_param_spec_object (
      "history", NULL, NULL, LADDER_TYPE_HISTORY,
      (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (LADDER_TYPE_BULLET_EDITOR);
  g_type_ensure (LADDER_TYPE_ENTRY_ROW);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/ladder-role-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, LadderRoleEditor, page);
  gtk_widget_class_bind_template_child (widget_class, LadderRoleEditor, title_row);
  gtk_widget_class_bind_template_child (widget_class, LadderRoleEditor, role_message);
  gtk_widget_class_bind_template_child (widget_class, LadderRoleEditor, responsibilities_message);
  gtk_widget_class_bind_template_child (widget_class, LadderRoleEditor, requirements_message);
  gtk_widget_class_bind_template_child (widget_class, LadderRoleEditor, reports_to_row);
  gtk_widget_class_bind_template_child (widget_class, LadderRoleEditor, grade_row);
  gtk_widget_class_bind_template_child (widget_class, LadderRoleEditor, reports_to_link_row);
  gtk_widget_class_bind_template_child (widget_class, LadderRoleEditor, grade_spin);
  gtk_widget_class_bind_template_child (widget_class, LadderRoleEditor, extends_row);
  gtk_widget_class_bind_template_child (widget_class, LadderRoleEditor, responsibilities);
  gtk_widget_class_bind_template_child (widget_class, LadderRoleEditor, requirements);
  gtk_widget_class_bind_template_child (widget_class, LadderRoleEditor, texts_group);
  gtk_widget_class_bind_template_child (widget_class, LadderRoleEditor, texts_list);
  gtk_widget_class_bind_template_child (widget_class, LadderRoleEditor,
                                        responsibilities_text_above);
  gtk_widget_class_bind_template_child (widget_class, LadderRoleEditor,
                                        responsibilities_text_below);
  gtk_widget_class_bind_template_child (widget_class, LadderRoleEditor, requirements_text_above);
  gtk_widget_class_bind_template_child (widget_class, LadderRoleEditor, requirements_text_below);
  gtk_widget_class_bind_template_child (widget_class, LadderRoleEditor, subsections_group);
  gtk_widget_class_bind_template_child (widget_class, LadderRoleEditor, subsections_list);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
ladder_role_editor_init (LadderRoleEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  _ladder_role_editor_init_marks (self);
  ladder_bullet_editor_set_above (self->requirements, self->responsibilities);

  self->bindings = g_binding_group_new ();
  g_binding_group_bind (self->bindings, "title", self->title_row, "text",
                        G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL);

  self->role_signals = g_signal_group_new (LADDER_TYPE_ROLE);

  self->family_signals = g_signal_group_new (LADDER_TYPE_FAMILY);
  g_signal_group_connect_swapped (self->family_signals, "changed",
                                  G_CALLBACK (_ladder_role_editor_family_changed), self);

  _ladder_role_editor_init_fields (self);
}

/* The form of another role starts at its top, its title in sight, not
 * where the last one was left. libadwaita 1.2 has no call for it: the page
 * scrolls in the first scrolled window inside it. */
static void
scroll_to_top (LadderRoleEditor *self)
{
  for (GtkWidget *child = gtk_widget_get_first_child (self->page); child != NULL;
       child = gtk_widget_get_first_child (child))
    {
      if (GTK_IS_SCROLLED_WINDOW (child))
        {
          GtkAdjustment *adjustment
              = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (child));

          gtk_adjustment_set_value (adjustment, gtk_adjustment_get_lower (adjustment));
          return;
        }
    }
}

GtkWidget *
ladder_role_editor_new (void)
{
  return g_object_new (LADDER_TYPE_ROLE_EDITOR, NULL);
}

LadderRole *
ladder_role_editor_get_role (LadderRoleEditor *self)
{
  g_return_val_if_fail (LADDER_IS_ROLE_EDITOR (self), NULL);

  return self->role;
}

void
ladder_role_editor_set_role (LadderRoleEditor *self, LadderRole *role)
{
  g_return_if_fail (LADDER_IS_ROLE_EDITOR (self));
  g_return_if_fail (role == NULL || LADDER_IS_ROLE (role));

  if (self->role == role)
    return;

  /* A grade typed and not yet taken is the role's it was typed for: the
   * field kept the text, and the next role shown took it. */
  ladder_role_editor_take_typing (self);
  g_set_object (&self->role, role);

  g_binding_group_set_source (self->bindings, role);
  g_signal_group_set_target (self->role_signals, role);
  ladder_bullet_editor_set_role (self->responsibilities, role);
  ladder_bullet_editor_set_role (self->requirements, role);
  _ladder_role_editor_update_fields (self);
  _ladder_role_editor_update_marks (self);
  /* Without a role the form is out of sight (the window shows the
   * family's page), and its fields are bound to nothing. It is not made
   * insensitive: GTK 4.8 styles every widget under one that changes its
   * sensitivity again, 2,600 nodes of a form, as the first role after the
   * family's page is shown. */
  scroll_to_top (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ROLE]);
}

LadderFamily *
ladder_role_editor_get_family (LadderRoleEditor *self)
{
  g_return_val_if_fail (LADDER_IS_ROLE_EDITOR (self), NULL);

  return self->family;
}

void
ladder_role_editor_set_family (LadderRoleEditor *self, LadderFamily *family)
{
  g_return_if_fail (LADDER_IS_ROLE_EDITOR (self));
  g_return_if_fail (family == NULL || LADDER_IS_FAMILY (family));

  if (!g_set_object (&self->family, family))
    return;

  g_signal_group_set_target (self->family_signals, family);
  _ladder_role_editor_update_extends (self);
  _ladder_role_editor_update_marks (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FAMILY]);
}

LadderHistory *
ladder_role_editor_get_history (LadderRoleEditor *self)
{
  g_return_val_if_fail (LADDER_IS_ROLE_EDITOR (self), NULL);

  return self->history;
}

void
ladder_role_editor_set_history (LadderRoleEditor *self, LadderHistory *history)
{
  g_return_if_fail (LADDER_IS_ROLE_EDITOR (self));
  g_return_if_fail (history == NULL || LADDER_IS_HISTORY (history));

  if (!g_set_object (&self->history, history))
    return;

  ladder_bullet_editor_set_history (self->responsibilities, history);
  ladder_bullet_editor_set_history (self->requirements, history);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HISTORY]);
}

static gboolean
is_in (GtkWidget *widget, gpointer ancestor)
{
  return widget == ancestor || gtk_widget_is_ancestor (widget, ancestor);
}

/* Whether @widget is in the field of one of the role's texts, and which. */
static gboolean
locate_text (LadderRoleEditor *self, GtkWidget *widget, LadderPageBlock *block)
{
  GListModel *texts = self->role != NULL ? ladder_role_get_texts (self->role) : NULL;

  for (GtkWidget *row = widget; row != NULL; row = gtk_widget_get_parent (row))
    {
      LadderRoleText *text = ladder_role_text_row_get_text (row);

      if (text == NULL)
        continue;

      for (guint i = 0; texts != NULL && i < g_list_model_get_n_items (texts); i++)
        {
          g_autoptr (LadderRoleText) item = g_list_model_get_item (texts, i);

          if (item == text)
            {
              block->kind = LADDER_PAGE_BLOCK_ROLE_TEXT;
              block->slot = LADDER_SLOT_TEXT;
              block->section = (int) i;
              return TRUE;
            }
        }
      return FALSE;
    }

  return FALSE;
}

/**
 * ladder_role_editor_locate:
 * @widget: a widget of the form (the focus)
 * @block: (out): what part of the role's page it edits
 *
 * Says which part of the page the field holding @widget edits (its kind,
 * list, bullet or subsection; the role is left -1), for the preview to
 * show it.
 *
 * Returns: whether @widget is in a field of the role
 */
gboolean
ladder_role_editor_locate (LadderRoleEditor *self, GtkWidget *widget, LadderPageBlock *block)
{
  g_return_val_if_fail (LADDER_IS_ROLE_EDITOR (self), FALSE);

  *block = (LadderPageBlock){ .role = -1, .section = -1, .bullet = -1 };

  if (is_in (widget, self->title_row))
    {
      block->kind = LADDER_PAGE_BLOCK_ROLE_HEADING;
    }
  else if (is_in (widget, self->reports_to_row) || is_in (widget, self->reports_to_link_row))
    {
      block->kind = LADDER_PAGE_BLOCK_REPORTS_TO;
    }
  else if (is_in (widget, self->grade_row))
    {
      block->kind = LADDER_PAGE_BLOCK_GRADE;
    }
  else if (is_in (widget, self->extends_row))
    {
      block->kind = LADDER_PAGE_BLOCK_EXTENDS;
      block->list = LADDER_BULLET_LIST_RESPONSIBILITIES;
    }
  else if (is_in (widget, self->responsibilities) || is_in (widget, self->requirements))
    {
      LadderBulletEditor *editor
          = is_in (widget, self->responsibilities) ? self->responsibilities : self->requirements;

      block->bullet = ladder_bullet_editor_locate (editor, widget);
      if (block->bullet < 0)
        return FALSE;
      block->kind = LADDER_PAGE_BLOCK_BULLET;
      block->list = (LadderBulletList) ladder_bullet_editor_get_list (editor);
    }
  else if (is_in (widget, self->subsections_list))
    {
      GtkWidget *row = gtk_widget_get_ancestor (widget, ADW_TYPE_EXPANDER_ROW);

      if (row == NULL)
        return FALSE;
      block->kind = LADDER_PAGE_BLOCK_SECTION_HEADING;
      block->section = gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (row));
    }
  else if (locate_text (self, widget, block))
    {
      return TRUE;
    }
  else
    {
      return FALSE;
    }

  return TRUE;
}

void
ladder_role_editor_focus_title (LadderRoleEditor *self)
{
  g_return_if_fail (LADDER_IS_ROLE_EDITOR (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->title_row));
}

/**
 * ladder_role_editor_focus_part:
 * @part: which part of the form
 * @bullet: for a list, the bullet to focus, or -1 for the list; for the
 *   role's text, which of its texts (-1: the first)
 *
 * Moves the focus to a part of the form (the page scrolls to it), as when
 * the person goes to a change under review.
 */
void
ladder_role_editor_focus_part (LadderRoleEditor *self, LadderRoleEditorPart part, int bullet)
{
  LadderBulletEditor *list = NULL;
  GtkWidget          *target = NULL;

  g_return_if_fail (LADDER_IS_ROLE_EDITOR (self));

  switch (part)
    {
    case LADDER_ROLE_EDITOR_PART_REPORTS_TO:
      target = GTK_WIDGET (self->reports_to_row);
      break;

    case LADDER_ROLE_EDITOR_PART_GRADE:
      target = GTK_WIDGET (self->grade_spin);
      break;

    case LADDER_ROLE_EDITOR_PART_EXTENDS:
      target = GTK_WIDGET (self->extends_row);
      break;

    case LADDER_ROLE_EDITOR_PART_RESPONSIBILITIES:
      list = self->responsibilities;
      break;

    case LADDER_ROLE_EDITOR_PART_REQUIREMENTS:
      list = self->requirements;
      break;

    case LADDER_ROLE_EDITOR_PART_SUBSECTIONS:
      target = GTK_WIDGET (self->subsections_list);
      break;

    case LADDER_ROLE_EDITOR_PART_TEXT:
      {
        /* @bullet: which of the role's texts. */
        g_autoptr (LadderRoleText) text
            = self->role != NULL ? g_list_model_get_item (ladder_role_get_texts (self->role),
                                                          (guint) MAX (bullet, 0))
                                 : NULL;

        target = text != NULL ? _ladder_role_editor_find_text_view (self, text) : NULL;
      }
      break;

    case LADDER_ROLE_EDITOR_PART_TITLE:
    default:
      target = GTK_WIDGET (self->title_row);
      break;
    }

  if (list != NULL)
    {
      target = bullet >= 0 ? ladder_bullet_editor_get_entry (list, (guint) bullet) : NULL;
      if (target == NULL)
        target = GTK_WIDGET (list);
    }

  if (target == NULL)
    target = GTK_WIDGET (self->title_row);
  if (!gtk_widget_grab_focus (target))
    gtk_widget_child_focus (target, GTK_DIR_TAB_FORWARD);
}
