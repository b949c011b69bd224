import {
  type ArgumentNode,
  type ExecutionArgs,
  GraphQLError,
  Kind,
  type ValidationContext,
  type ValidationRule,
  type ValueNode,
} from 'graphql'

import { ANONYMOUS_MAX_LIMIT } from './limits'

const valueOf = (node: ValueNode, variables: ExecutionArgs['variableValues']): unknown => {
  if (node.kind === Kind.VARIABLE) return variables?.[node.name.value]
  if (node.kind === Kind.INT) return Number(node.value)
  if (node.kind === Kind.BOOLEAN) return node.value
  return undefined
}

/**
 * GraphQL's list queries take `limit` and `pagination` arguments that the REST
 * caps cannot reach. Anonymous queries may ask for 1–100 documents a page and
 * may not turn pagination off; the query is refused before it runs, with the
 * argument named. (Omitting `limit` gives Payload's 10.)
 */
function anonymousListArguments(variables: ExecutionArgs['variableValues']): ValidationRule {
  return (context: ValidationContext) => ({
    Argument(node: ArgumentNode) {
      const value = valueOf(node.value, variables)
      if (node.name.value === 'limit' && typeof value === 'number' && (value < 1 || value > ANONYMOUS_MAX_LIMIT)) {
        context.reportError(
          new GraphQLError(
            `limit: ${value} không được phép khi chưa đăng nhập: mỗi trang từ 1 đến ${ANONYMOUS_MAX_LIMIT} tài liệu. ` +
              'Hãy đặt limit trong khoảng đó và đọc lần lượt từng trang bằng page.',
            { nodes: [node] },
          ),
        )
      }
      if (node.name.value === 'pagination' && value === false) {
        context.reportError(
          new GraphQLError(
            `pagination: false không được phép khi chưa đăng nhập. Hãy bỏ đối số này và đọc từng trang (limit tối đa ${ANONYMOUS_MAX_LIMIT}, page).`,
            { nodes: [node] },
          ),
        )
      }
    },
  })
}

/** `graphQL.validationRules`: the list rule for anonymous requests only; signed-in editors are not capped. */
export function publicGraphQLRules(args: ExecutionArgs): ValidationRule[] {
  const context = args.contextValue as { req?: { user?: unknown } } | undefined
  return context?.req?.user ? [] : [anonymousListArguments(args.variableValues)]
}
