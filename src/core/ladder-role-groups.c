/* ladder-role-groups.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "ladder-role-groups.h"

#include "ladder-section.h"

/*
 * The roles as a list that shows them under the page's headings: each
 * group of roles is preceded by a LadderRoleHeading item holding the
 * heading the group stands under on the page ("Levels", "Specialties"),
 * and the roles shared by all levels come first without one. This is
 * what the window's sidebar lists (a GtkListView, which has no section
 * headers of its own before GTK 4.12).
 *
 * The roles may be any list of the family's roles, such as a filtered
 * one: a group's heading is shown above the first of its roles in that
 * list. Every change is made anew from the whole list (a walk over the
 * roles, not over widgets) and told as the one span of items that
 * differs, so that a view keeps the rows of everything else.
 */

struct _LadderRoleHeading
{
  GObject parent_instance;

  char *text;
};

enum
{
  HEADING_PROP_0,
  HEADING_PROP_TEXT,
  HEADING_N_PROPS
};

static GParamSpec *heading_properties[HEADING_N_PROPS];

G_DEFINE_FINAL_TYPE (LadderRoleHeading, ladder_role_heading, G_TYPE_OBJECT)

static void
ladder_role_heading_finalize (GObject *object)
{
  LadderRoleHeading *self = (LadderRoleHeading *) object;

  g_free (self->text);

  G_OBJECT_CLASS (ladder_role_heading_parent_class)->finalize (object);
}

static void
ladder_role_heading_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  LadderRoleHeading *self = LADDER_ROLE_HEADING (object);

  switch (prop_id)
    {
    case HEADING_PROP_TEXT:
      g_value_set_string (value, self->text);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ladder_role_heading_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  LadderRoleHeading *self = LADDER_ROLE_HEADING (object);

  switch (prop_id)
    {
    case HEADING_PROP_TEXT:
      g_free (self->text);
      self->text = g_value_dup_string (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ladder_role_heading_class_init (LadderRoleHeadingClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ladder_role_heading_finalize;
  object_class->get_property = ladder_role_heading_get_property;
  object_class->set_property = ladder_role_heading_set_property;

  heading_properties[HEADING_PROP_TEXT] = g_param_spec_string (
      "text", NULL, NULL, "", G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, HEADING_N_PROPS, heading_properties);
}

static void
ladder_role_heading_init (LadderRoleHeading *self)
{
}

/* The heading's words, as the page has them. */
const char *
ladder_role_heading_get_text (LadderRoleHeading *self)
{
  g_return_val_if_fail (LADDER_IS_ROLE_HEADING (self), NULL);

  return self->text != NULL ? self->text : "";
}

/* ------------------------------------------------------------------ */

struct _LadderRoleGroups
{
  GObject parent_instance;

  LadderFamily *family;
  GListModel   *roles;
  /* The items: LadderRole and LadderRoleHeading objects, owned. */
  GPtrArray *items;
};

enum
{
  PROP_0,
  PROP_FAMILY,
  PROP_ROLES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static GType
ladder_role_groups_get_item_type (GListModel *model)
{
  return G_TYPE_OBJECT;
}

static guint
ladder_role_groups_get_n_items (GListModel *model)
{
  return LADDER_ROLE_GROUPS (model)->items->len;
}

static gpointer
ladder_role_groups_get_item (GListModel *model, guint position)
{
  LadderRoleGroups *self = LADDER_ROLE_GROUPS (model);

  return position < self->items->len ? g_object_ref (g_ptr_array_index (self->items, position))
                                     : NULL;
}

static void
ladder_role_groups_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = ladder_role_groups_get_item_type;
  iface->get_n_items = ladder_role_groups_get_n_items;
  iface->get_item = ladder_role_groups_get_item;
}

G_DEFINE_FINAL_TYPE_WITH_CODE (LadderRoleGroups,
                               ladder_role_groups,
                               G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL,
                                                      ladder_role_groups_list_model_init))

/* The heading each region of roles stands under on the page: that of the
 * region's own section, or, where it has none, the last heading before
 * it; NULL where there is none. The strings are the sections'. */
static GPtrArray *
region_headings (LadderFamily *family)
{
  GListModel *sections = ladder_family_get_sections (family);
  guint       n_sections = g_list_model_get_n_items (sections);
  GPtrArray  *headings = g_ptr_array_new ();
  const char *last = NULL;

  for (guint i = 0; i < n_sections; i++)
    {
      g_autoptr (LadderSection) section = g_list_model_get_item (sections, i);
      const char *heading = ladder_section_get_heading (section);

      if (*heading != '\0')
        last = heading;

      if (ladder_section_get_kind (section) == LADDER_SECTION_ROLES)
        g_ptr_array_add (headings, (gpointer) last);
    }

  return headings;
}

/* Roles shared by all levels come first, in a group of their own, which
 * has no heading. */
static gint64
group_of (LadderRole *role)
{
  return ladder_role_get_heading_level (role) == 0 ? -1 : (gint64) ladder_role_get_region (role);
}

static gboolean
same_item (gpointer a, gpointer b)
{
  if (a == b)
    return TRUE;

  return LADDER_IS_ROLE_HEADING (a) && LADDER_IS_ROLE_HEADING (b)
         && g_str_equal (LADDER_ROLE_HEADING (a)->text, LADDER_ROLE_HEADING (b)->text);
}

/* Makes the items anew from the roles, and tells what changed as the span
 * between the items that stayed at the start and at the end. */
static void
update (LadderRoleGroups *self)
{
  g_autoptr (GPtrArray) headings = region_headings (self->family);
  g_autoptr (GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  guint  n_roles = g_list_model_get_n_items (self->roles);
  guint  n_old = self->items->len;
  guint  n_new;
  guint  head = 0;
  guint  tail = 0;
  gint64 previous_group = G_MININT64;

  for (guint i = 0; i < n_roles; i++)
    {
      LadderRole *role = g_list_model_get_item (self->roles, i);
      gint64      group = group_of (role);

      if (group != previous_group && group >= 0 && (guint64) group < headings->len
          && g_ptr_array_index (headings, (guint) group) != NULL)
        g_ptr_array_add (items, g_object_new (LADDER_TYPE_ROLE_HEADING, "text",
                                              g_ptr_array_index (headings, (guint) group), NULL));
      previous_group = group;
      g_ptr_array_add (items, role);
    }

  n_new = items->len;
  while (head < n_old && head < n_new
         && same_item (g_ptr_array_index (self->items, head), g_ptr_array_index (items, head)))
    head++;
  while (tail < n_old - head && tail < n_new - head
         && same_item (g_ptr_array_index (self->items, n_old - 1 - tail),
                       g_ptr_array_index (items, n_new - 1 - tail)))
    tail++;

  if (head == n_old && head == n_new)
    return;

  /* The items that stayed are kept as they were (a view's rows for them
   * stay bound); those between are the new ones. */
  g_ptr_array_remove_range (self->items, head, n_old - head - tail);
  for (guint i = 0; i < n_new - head - tail; i++)
    g_ptr_array_insert (self->items, (int) (head + i),
                        g_object_ref (g_ptr_array_index (items, head + i)));

  g_list_model_items_changed (G_LIST_MODEL (self), head, n_old - head - tail, n_new - head - tail);
}

static void
on_roles_changed (LadderRoleGroups *self,
                  guint             position,
                  guint             removed,
                  guint             added,
                  GListModel       *roles)
{
  update (self);
}

static void
ladder_role_groups_constructed (GObject *object)
{
  LadderRoleGroups *self = (LadderRoleGroups *) object;

  G_OBJECT_CLASS (ladder_role_groups_parent_class)->constructed (object);

  g_return_if_fail (self->family != NULL && self->roles != NULL);

  g_signal_connect_object (self->roles, "items-changed", G_CALLBACK (on_roles_changed), self,
                           G_CONNECT_SWAPPED);
  update (self);
}

static void
ladder_role_groups_dispose (GObject *object)
{
  LadderRoleGroups *self = (LadderRoleGroups *) object;

  if (self->roles != NULL)
    g_signal_handlers_disconnect_by_data (self->roles, self);
  g_clear_object (&self->roles);
  g_clear_object (&self->family);

  G_OBJECT_CLASS (ladder_role_groups_parent_class)->dispose (object);
}

static void
ladder_role_groups_finalize (GObject *object)
{
  LadderRoleGroups *self = (LadderRoleGroups *) object;

  g_ptr_array_unref (self->items);

  G_OBJECT_CLASS (ladder_role_groups_parent_class)->finalize (object);
}

static void
ladder_role_groups_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  LadderRoleGroups *self = LADDER_ROLE_GROUPS (object);

  switch (prop_id)
    {
    case PROP_FAMILY:
      g_value_set_object (value, self->family);
      break;

    case PROP_ROLES:
      g_value_set_object (value, self->roles);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ladder_role_groups_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  LadderRoleGroups *self = LADDER_ROLE_GROUPS (object);

  switch (prop_id)
    {
    case PROP_FAMILY:
      self->family = g_value_dup_object (value);
      break;

    case PROP_ROLES:
      self->roles = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ladder_role_groups_class_init (LadderRoleGroupsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = ladder_role_groups_constructed;
  object_class->dispose = ladder_role_groups_dispose;
  object_class->finalize = ladder_role_groups_finalize;
  object_class->get_property = ladder_role_groups_get_property;
  object_class->set_property = ladder_role_groups_set_property;

  properties[PROP_FAMILY]
      = g_param_spec_object ("family", NULL, NULL, LADDER_TYPE_FAMILY,
                             G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  properties[PROP_ROLES]
      = g_param_spec_object ("roles", NULL, NULL, G_TYPE_LIST_MODEL,
                             G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ladder_role_groups_init (LadderRoleGroups *self)
{
  self->items = g_ptr_array_new_with_free_func (g_object_unref);
}

/* The roles of @family listed in @roles (all of them, or a filtered
 * list of them), under the page's headings. */
LadderRoleGroups *
ladder_role_groups_new (LadderFamily *family, GListModel *roles)
{
  g_return_val_if_fail (LADDER_IS_FAMILY (family), NULL);
  g_return_val_if_fail (G_IS_LIST_MODEL (roles), NULL);

  return g_object_new (LADDER_TYPE_ROLE_GROUPS, "family", family, "roles", roles, NULL);
}

/* The headings may have changed (a part's heading edited, a role moved to
 * another group) without the list of roles changing. */
void
ladder_role_groups_refresh (LadderRoleGroups *self)
{
  g_return_if_fail (LADDER_IS_ROLE_GROUPS (self));

  update (self);
}

/* Where @item (a role, or one of the headings) is among the items. */
gboolean
ladder_role_groups_find (LadderRoleGroups *self, gpointer item, guint *position)
{
  g_return_val_if_fail (LADDER_IS_ROLE_GROUPS (self), FALSE);

  return item != NULL && g_ptr_array_find (self->items, item, position);
}
