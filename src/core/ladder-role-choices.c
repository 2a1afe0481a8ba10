/* ladder-role-choices.c
 *
 * Copyright 2026 The Ladder authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "ladder-role-choices.h"

/* The roles another role may name as the one it extends: the family's
 * roles that have a title, in the family's order, but for one left out
 * (the role being edited). Leaving out another role changes two places of
 * the list, whatever the family's size: showing a role of a family of
 * thousands does not filter all of them again. The titled roles are
 * listed again when the family's roles change, or when refreshed after a
 * title became empty or stopped being so. */
struct _LadderRoleChoices
{
  GObject     parent_instance;
  GListModel *roles;
  /* The roles of @roles with a title, each held. */
  GPtrArray  *titled;
  LadderRole *left_out;
  /* The place of @left_out in @titled, or -1 where it is not there. */
  int left_out_at;
};

static void ladder_role_choices_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (LadderRoleChoices,
                               ladder_role_choices,
                               G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL,
                                                      ladder_role_choices_list_model_init))

enum
{
  PROP_0,
  PROP_ROLES,
  PROP_LEFT_OUT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
has_title (LadderRole *role)
{
  return *ladder_role_get_title (role) != '\0';
}

static guint
n_choices (LadderRoleChoices *self)
{
  return self->titled->len - (self->left_out_at >= 0 ? 1 : 0);
}

static int
place_of (LadderRoleChoices *self, LadderRole *role)
{
  for (guint i = 0; role != NULL && i < self->titled->len; i++)
    if (g_ptr_array_index (self->titled, i) == role)
      return (int) i;

  return -1;
}

/* Lists the titled roles anew, and says the whole list changed. */
static void
relist (LadderRoleChoices *self)
{
  guint n_roles = self->roles != NULL ? g_list_model_get_n_items (self->roles) : 0;
  guint removed = n_choices (self);

  g_ptr_array_set_size (self->titled, 0);
  for (guint i = 0; i < n_roles; i++)
    {
      LadderRole *role = g_list_model_get_item (self->roles, i);

      if (has_title (role))
        g_ptr_array_add (self->titled, role);
      else
        g_object_unref (role);
    }
  self->left_out_at = place_of (self, self->left_out);

  g_list_model_items_changed (G_LIST_MODEL (self), 0, removed, n_choices (self));
}

static void
on_roles_changed (LadderRoleChoices *self)
{
  relist (self);
}

static GType
ladder_role_choices_get_item_type (GListModel *model)
{
  return LADDER_TYPE_ROLE;
}

static guint
ladder_role_choices_get_n_items (GListModel *model)
{
  return n_choices (LADDER_ROLE_CHOICES (model));
}

static gpointer
ladder_role_choices_get_item (GListModel *model, guint position)
{
  LadderRoleChoices *self = LADDER_ROLE_CHOICES (model);

  if (position >= n_choices (self))
    return NULL;

  if (self->left_out_at >= 0 && position >= (guint) self->left_out_at)
    position++;

  return g_object_ref (g_ptr_array_index (self->titled, position));
}

static void
ladder_role_choices_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = ladder_role_choices_get_item_type;
  iface->get_n_items = ladder_role_choices_get_n_items;
  iface->get_item = ladder_role_choices_get_item;
}

static void
ladder_role_choices_dispose (GObject *object)
{
  LadderRoleChoices *self = (LadderRoleChoices *) object;

  if (self->roles != NULL)
    g_signal_handlers_disconnect_by_data (self->roles, self);
  g_clear_object (&self->roles);
  g_clear_object (&self->left_out);
  g_ptr_array_set_size (self->titled, 0);
  self->left_out_at = -1;

  G_OBJECT_CLASS (ladder_role_choices_parent_class)->dispose (object);
}

static void
ladder_role_choices_finalize (GObject *object)
{
  LadderRoleChoices *self = (LadderRoleChoices *) object;

  g_ptr_array_unref (self->titled);

  G_OBJECT_CLASS (ladder_role_choices_parent_class)->finalize (object);
}

static void
ladder_role_choices_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  LadderRoleChoices *self = LADDER_ROLE_CHOICES (object);

  switch (prop_id)
    {
    case PROP_ROLES:
      g_value_set_object (value, self->roles);
      break;

    case PROP_LEFT_OUT:
      g_value_set_object (value, self->left_out);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ladder_role_choices_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  LadderRoleChoices *self = LADDER_ROLE_CHOICES (object);

  switch (prop_id)
    {
    case PROP_ROLES:
      ladder_role_choices_set_roles (self, g_value_get_object (value));
      break;

    case PROP_LEFT_OUT:
      ladder_role_choices_set_left_out (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ladder_role_choices_class_init (LadderRoleChoicesClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = ladder_role_choices_dispose;
  object_class->finalize = ladder_role_choices_finalize;
  object_class->get_property = ladder_role_choices_get_property;
  object_class->set_property = ladder_role_choices_set_property;

  properties[PROP_ROLES] = g_param_spec_object (
      "roles", NULL, NULL, G_TYPE_LIST_MODEL,
      (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_LEFT_OUT] = g_param_spec_object (
      "left-out", NULL, NULL, LADDER_TYPE_ROLE,
      (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ladder_role_choices_init (LadderRoleChoices *self)
{
  self->titled = g_ptr_array_new_with_free_func (g_object_unref);
  self->left_out_at = -1;
}

LadderRoleChoices *
ladder_role_choices_new (void)
{
  return g_object_new (LADDER_TYPE_ROLE_CHOICES, NULL);
}

GListModel *
ladder_role_choices_get_roles (LadderRoleChoices *self)
{
  g_return_val_if_fail (LADDER_IS_ROLE_CHOICES (self), NULL);

  return self->roles;
}

/* The roles to choose among (a list of LadderRole), or none. */
void
ladder_role_choices_set_roles (LadderRoleChoices *self, GListModel *roles)
{
  g_return_if_fail (LADDER_IS_ROLE_CHOICES (self));
  g_return_if_fail (roles == NULL || G_IS_LIST_MODEL (roles));

  if (self->roles == roles)
    return;

  if (self->roles != NULL)
    g_signal_handlers_disconnect_by_data (self->roles, self);
  g_set_object (&self->roles, roles);
  if (roles != NULL)
    g_signal_connect_swapped (roles, "items-changed", G_CALLBACK (on_roles_changed), self);

  relist (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ROLES]);
}

LadderRole *
ladder_role_choices_get_left_out (LadderRoleChoices *self)
{
  g_return_val_if_fail (LADDER_IS_ROLE_CHOICES (self), NULL);

  return self->left_out;
}

/* Leaves @role out of the choices (a role does not extend itself), and
 * puts back the one left out before. */
void
ladder_role_choices_set_left_out (LadderRoleChoices *self, LadderRole *role)
{
  int was_at;

  g_return_if_fail (LADDER_IS_ROLE_CHOICES (self));
  g_return_if_fail (role == NULL || LADDER_IS_ROLE (role));

  if (!g_set_object (&self->left_out, role))
    return;

  /* Each change said on its own, so that a list reading it at each step
   * finds what it was told. */
  was_at = self->left_out_at;
  if (was_at >= 0)
    {
      self->left_out_at = -1;
      g_list_model_items_changed (G_LIST_MODEL (self), was_at, 0, 1);
    }
  self->left_out_at = place_of (self, role);
  if (self->left_out_at >= 0)
    g_list_model_items_changed (G_LIST_MODEL (self), self->left_out_at, 1, 0);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LEFT_OUT]);
}

/* A title may have become empty, or stopped being so: the roles are
 * listed again if that changed which of them have one. */
void
ladder_role_choices_refresh (LadderRoleChoices *self)
{
  guint n_roles;
  guint next = 0;

  g_return_if_fail (LADDER_IS_ROLE_CHOICES (self));

  n_roles = self->roles != NULL ? g_list_model_get_n_items (self->roles) : 0;
  for (guint i = 0; i < n_roles; i++)
    {
      g_autoptr (LadderRole) role = g_list_model_get_item (self->roles, i);

      if (!has_title (role))
        continue;
      if (next >= self->titled->len || g_ptr_array_index (self->titled, next) != role)
        {
          relist (self);
          return;
        }
      next++;
    }

  if (next != self->titled->len)
    relist (self);
}
