import { type Access, APIError, type CollectionBeforeValidateHook, type CollectionConfig, type Where } from 'payload'

import { allowedUnitIds, hasRole, includesId, isSignedInOrPublished, relationId } from '../../access'

/*
 * Who may do what with materials (tested cell by cell in tests/int/access-matrix.test.ts):
 *
 * | role        | read | create | update            | delete                        | publish | versions          |
 * |-------------|------|--------|-------------------|-------------------------------|---------|-------------------|
 * | admin       | all  | yes    | all               | all                           | yes     | all               |
 * | editor      | all  | yes    | all               | all                           | yes     | all               |
 * | reviewer    | all  | no     | all               | no                            | yes     | all               |
 * | contributor | all  | own    | own units         | own units, never published    | no      | own units         |
 * | anonymous   | published only | no | no          | no                            | no      | no                |
 *
 * "Own units" is the contributor's unit, plus the units under it when an
 * administrator ticked `includeSubunits` on the account (cms/access/unitScope.ts).
 * Reviewers review and publish what others wrote; they neither author nor delete,
 * so that every material has an owning unit that answers for it.
 */

const ownUnits = async (req: Parameters<Access>[0]['req'], path: string): Promise<Where> => ({
  [path]: { in: await allowedUnitIds(req) },
})

const canReadVersions: Access = async ({ req }) => {
  if (!req.user) return false
  if (hasRole(req.user, 'admin', 'editor', 'reviewer')) return true
  if (hasRole(req.user, 'contributor')) return ownUnits(req, 'version.ownerUnit')
  return false
}

const canCreate: Access = ({ req }) => hasRole(req.user, 'admin', 'editor', 'contributor')

const canUpdate: Access = async ({ req }) => {
  if (hasRole(req.user, 'admin', 'editor', 'reviewer')) return true
  if (hasRole(req.user, 'contributor')) return ownUnits(req, 'ownerUnit')
  return false
}

const canDelete: Access = async ({ req }) => {
  if (hasRole(req.user, 'admin', 'editor')) return true
  // A material that was ever published has readers and links; only editors take it down.
  if (hasRole(req.user, 'contributor')) return { and: [await ownUnits(req, 'ownerUnit'), { _status: { equals: 'draft' } }] }
  return false
}

export const materialAccess: NonNullable<CollectionConfig['access']> = {
  read: isSignedInOrPublished,
  readVersions: canReadVersions,
  create: canCreate,
  update: canUpdate,
  delete: canDelete,
}

/**
 * What access functions cannot say with a clear message: a contributor saves
 * drafts of their own units only. Runs before validation, so the contributor
 * reads this reason rather than a list of missing fields.
 *
 * Publishing is judged on the status the document will have after the write:
 * an update without `_status` keeps the stored one, so editing a published
 * material in place (without saving a draft) is publishing too.
 */
export const refuseContributorOverreach: CollectionBeforeValidateHook = async ({ data, operation, originalDoc, req }) => {
  if (!hasRole(req.user, 'contributor')) return data
  const original = originalDoc as { _status?: string; ownerUnit?: unknown } | undefined
  const status = data?._status ?? (operation === 'update' ? original?._status : undefined)
  if (status === 'published') {
    throw new APIError(
      'Cộng tác viên đơn vị không được xuất bản tài liệu. Thay đổi chưa được lưu. ' +
        'Hãy bấm «Lưu bản nháp» rồi gửi duyệt; người duyệt hoặc biên tập viên tỉnh sẽ xuất bản.',
      403,
      { reason: 'contributor-cannot-publish' },
      true,
    )
  }
  const unit = relationId(data && 'ownerUnit' in data ? data.ownerUnit : original?.ownerUnit)
  const allowed = await allowedUnitIds(req)
  if (!includesId(allowed, unit)) {
    throw new APIError(
      allowed.length === 0
        ? 'Tài khoản của bạn chưa được gắn với đơn vị nào nên chưa thể soạn tài liệu. Thay đổi chưa được lưu. Hãy đề nghị quản trị gắn đơn vị cho tài khoản.'
        : 'Bạn chỉ được soạn tài liệu của đơn vị mình (hoặc các đơn vị trực thuộc nếu được cấp quyền). ' +
            'Thay đổi chưa được lưu. Hãy chọn lại «Đơn vị chủ trì» là đơn vị của bạn.',
      403,
      { field: 'ownerUnit' },
      true,
    )
  }
  return data
}
