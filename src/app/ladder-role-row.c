/* ladder-role-row.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ladder-role-row.h"

#include "ladder-markdown-text.h"

#include <glib/gi18n.h>

/* A row of the roles list: the title and the grade (each on a line, cut
 * short where too long), and a name for screen readers made of both. A role without a heading of
 * its own and without a grade (a page's description shared by all its levels) is shown as what
 * it is, not as the family's title once more; a role not named yet says so. */
struct _LadderRoleRow
{
  GtkWidget       parent_instance;
  GtkInscription *title_label;
  GtkInscription *grade_label;
  LadderRole     *role;
  gulong          role_notify;
};

/* The row's words, looked up in the catalog once: the sidebar's list
 * gives two hundred rows their roles when it jumps from one end of a
 * large family to the other. */
typedef struct
{
  const char *all_levels;
  const char *shared;
  const char *untitled;
  const char *no_grade;
  const char *grade;
  const char *spoken;
} RowWords;

static RowWords words;

/* A format of the catalog, looked up once into @slot; the compiler checks
 * the arguments given to it against @msgid. */
static const char *translated_format (const char **slot, const char *context, const char *msgid)
    G_GNUC_FORMAT (3);

static const char *
translated_format (const char **slot, const char *context, const char *msgid)
{
  if (*slot == NULL)
    *slot = context != NULL ? g_dpgettext2 (GETTEXT_PACKAGE, context, msgid)
                            : g_dgettext (GETTEXT_PACKAGE, msgid);
  return *slot;
}

G_DEFINE_FINAL_TYPE (LadderRoleRow, ladder_role_row, GTK_TYPE_WIDGET)

enum
{
  PROP_0,
  PROP_ROLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
update (LadderRoleRow *self)
{
  char             grade_text[64];
  const char      *grade = grade_text;
  const char      *title = self->role != NULL ? ladder_role_get_title (self->role) : "";
  gboolean         untitled = FALSE;
  g_autofree char *name = NULL;
  g_autofree char *shown = NULL;

  /* A page's own role with a grade is a role (the one role of a page about
   * one role), not what its levels share. */
  if (self->role != NULL && ladder_role_get_heading_level (self->role) == 0
      && ladder_role_get_job_grade (self->role) == LADDER_GRADE_NONE)
    {
      title = words.all_levels;
      grade = words.shared;
    }
  else
    {
      int job_grade
          = self->role != NULL ? ladder_role_get_job_grade (self->role) : LADDER_GRADE_NONE;

      untitled = *title == '\0';
      if (untitled)
        title = words.untitled;
      /* Its title as it reads: a heading's HTML ("<a name="Gitaly"></a>")
       * showed as typed. */
      else
        title = shown = ladder_markdown_text_without_tags (title);

      if (job_grade == LADDER_GRADE_NONE)
        grade = words.no_grade;
      else
        g_snprintf (grade_text, sizeof grade_text,
                    /* TRANSLATORS: a job grade, as in "Grade 9" */
                    translated_format (&words.grade, NULL, N_ ("Grade %d")), job_grade);
    }

  gtk_inscription_set_text (self->title_label, title);
  gtk_inscription_set_text (self->grade_label, grade);

  if (untitled)
    gtk_widget_add_css_class (GTK_WIDGET (self->title_label), "untitled");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->title_label), "untitled");

  name = g_strdup_printf (translated_format (&words.spoken, "role in the sidebar",
                                             /* TRANSLATORS: a role in the sidebar as a screen
                                              * reader says it: its title, then its grade
                                              * ("Senior Manager, Grade 9") */
                                             NC_ ("role in the sidebar", "%s, %s")),
                          title, grade);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  /* The list's item holding the row is what a screen reader moves
   * between, and says. */
  if (gtk_widget_get_parent (GTK_WIDGET (self)) != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (gtk_widget_get_parent (GTK_WIDGET (self))),
                                    GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
}

/* The title is cut short where the sidebar is too narrow for it: its
 * tooltip then has all of it. (Wrapped over lines instead, each row cost
 * GTK ten times as much to measure, for each of the two hundred rows the
 * sidebar binds when it jumps from one end of a long family to the
 * other.) Title and grade are inscriptions, which GTK sizes by their font
 * without laying their text out: showing the last role of a family of
 * 2,000 took 385 M instructions with labels, 235 M with inscriptions. */
static gboolean
on_title_query_tooltip (GtkInscription *title,
                        int             x,
                        int             y,
                        gboolean        keyboard,
                        GtkTooltip     *tooltip,
                        LadderRoleRow  *self)
{
  const char *text = gtk_inscription_get_text (title);
  g_autoptr (PangoLayout) layout = NULL;
  int width;

  if (text == NULL)
    return FALSE;

  /* Laid out whole, here only: is it wider than the row shows? */
  layout = gtk_widget_create_pango_layout (GTK_WIDGET (title), text);
  pango_layout_get_pixel_size (layout, &width, NULL);
  if (width <= gtk_widget_get_width (GTK_WIDGET (title)))
    return FALSE;

  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

static void
on_role_notify (LadderRoleRow *self, GParamSpec *pspec)
{
  if (g_str_equal (pspec->name, "title") || g_str_equal (pspec->name, "job-grade"))
    update (self);
}

static void
disconnect_role (LadderRoleRow *self)
{
  if (self->role_notify != 0)
    g_clear_signal_handler (&self->role_notify, self->role);
  g_clear_object (&self->role);
}

/* Screen readers activate a row as a click would: the list selects it,
 * which shows the role. */
static void
on_activate_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  gtk_widget_activate_action (widget, "listitem.select", "(bb)", FALSE, FALSE);
}

static void
ladder_role_row_dispose (GObject *object)
{
  LadderRoleRow *self = (LadderRoleRow *) object;
  GtkWidget     *child;

  disconnect_role (self);

  gtk_widget_dispose_template (GTK_WIDGET (self), LADDER_TYPE_ROLE_ROW);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (ladder_role_row_parent_class)->dispose (object);
}

static void
ladder_role_row_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  LadderRoleRow *self = LADDER_ROLE_ROW (object);

  switch (prop_id)
    {
    case PROP_ROLE:
      g_value_set_object (value, ladder_role_row_get_role (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ladder_role_row_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  LadderRoleRow *self = LADDER_ROLE_ROW (object);

  switch (prop_id)
    {
    case PROP_ROLE:
      ladder_role_row_set_role (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ladder_role_row_class_init (LadderRoleRowClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ladder_role_row_dispose;
  object_class->get_property = ladder_role_row_get_property;
  object_class->set_property = ladder_role_row_set_property;

  properties[PROP_ROLE] = g_param_spec_object (
      "role", NULL, NULL, LADDER_TYPE_ROLE,
      (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/ladder-role-row.ui");
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_bind_template_child (widget_class, LadderRoleRow, title_label);
  gtk_widget_class_bind_template_child (widget_class, LadderRoleRow, grade_label);

  /* GTK 4.8 offers assistive technologies a widget's own actions that take
   * no parameter: this one, under the name they look for. */
  gtk_widget_class_install_action (widget_class, "activate", NULL, on_activate_action);

  /* TRANSLATORS: in the sidebar, a page's description of what all its
   * levels share */
  words.all_levels = _ ("All Levels");
  words.shared = _ ("Shared by all levels");
  /* TRANSLATORS: in the sidebar, a role whose title is still empty */
  words.untitled = _ ("Untitled Role");
  words.no_grade = _ ("No grade");
}

static void
ladder_role_row_init (LadderRoleRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_widget_set_has_tooltip (GTK_WIDGET (self->title_label), TRUE);
  g_signal_connect (self->title_label, "query-tooltip", G_CALLBACK (on_title_query_tooltip), self);

  update (self);
}

GtkWidget *
ladder_role_row_new (LadderRole *role)
{
  return g_object_new (LADDER_TYPE_ROLE_ROW, "role", role, NULL);
}

LadderRole *
ladder_role_row_get_role (LadderRoleRow *self)
{
  g_return_val_if_fail (LADDER_IS_ROLE_ROW (self), NULL);

  return self->role;
}

void
ladder_role_row_set_role (LadderRoleRow *self, LadderRole *role)
{
  g_return_if_fail (LADDER_IS_ROLE_ROW (self));
  g_return_if_fail (role == NULL || LADDER_IS_ROLE (role));

  if (self->role == role)
    return;

  disconnect_role (self);
  if (role != NULL)
    {
      self->role = g_object_ref (role);
      self->role_notify
          = g_signal_connect_swapped (role, "notify", G_CALLBACK (on_role_notify), self);
    }
  /* A row given no role is one the sidebar's list has let go of: out of
   * sight, and given its next role (and its texts) before it is shown
   * again. Jumping to the end of a large family lets go of 200 rows. */
  if (role != NULL)
    update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ROLE]);
}
