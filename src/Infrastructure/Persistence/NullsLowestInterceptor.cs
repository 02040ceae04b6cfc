using System.Linq.Expressions;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace AnalisaAI.Api.Infrastructure.Persistence;

/// <summary>
/// PostgreSQL only: in a query marked by <see cref="NullsLowest.WithNullsLowest{T}"/>, each ordering on a nullable
/// key k becomes "k is null" first, then k: ascending <c>OrderBy(k == null ? 0 : 1).ThenBy(k)</c>, descending the
/// same with both descending. PostgreSQL's own NULLS FIRST / NULLS LAST is not reachable from LINQ (Npgsql keeps
/// that switch internal); the cost is that such an order is sorted rather than read from an index.
/// Runs before the query is compiled (and cached), so a query pays for the rewrite once.
/// </summary>
public sealed class NullsLowestInterceptor : IQueryExpressionInterceptor
{
    public Expression QueryCompilationStarting(Expression queryExpression, QueryExpressionEventData eventData) =>
        IsMarked(queryExpression) ? new OrderingRewriter().Visit(queryExpression) : queryExpression;

    private static bool IsMarked(Expression expression)
    {
        var finder = new TagFinder();
        finder.Visit(expression);
        return finder.Found;
    }

    private sealed class TagFinder : ExpressionVisitor
    {
        private static readonly MethodInfo TagWith = typeof(EntityFrameworkQueryableExtensions)
            .GetMethod(nameof(EntityFrameworkQueryableExtensions.TagWith))!;

        public bool Found { get; private set; }

        protected override Expression VisitMethodCall(MethodCallExpression node)
        {
            if (node.Method.IsGenericMethod && node.Method.GetGenericMethodDefinition() == TagWith
                && node.Arguments[1] is ConstantExpression { Value: NullsLowest.Tag })
            {
                Found = true;
            }

            return base.VisitMethodCall(node);
        }
    }

    private sealed class OrderingRewriter : ExpressionVisitor
    {
        protected override Expression VisitMethodCall(MethodCallExpression node)
        {
            if (node.Method.DeclaringType != typeof(Queryable) || node.Arguments.Count != 2
                || node.Method.Name is not (nameof(Queryable.OrderBy) or nameof(Queryable.OrderByDescending)
                    or nameof(Queryable.ThenBy) or nameof(Queryable.ThenByDescending))
                || StripQuotes(node.Arguments[1]) is not LambdaExpression key
                || Nullable.GetUnderlyingType(key.ReturnType) is null)
            {
                return base.VisitMethodCall(node);
            }

            var source = Visit(node.Arguments[0]);
            var descending = node.Method.Name.EndsWith("Descending", StringComparison.Ordinal);
            var known = Expression.Lambda(
                Expression.Condition(Expression.Equal(key.Body, Expression.Constant(null, key.ReturnType)), Expression.Constant(0), Expression.Constant(1)),
                key.Parameters);
            var elementType = node.Method.GetGenericArguments()[0];

            // The first ordering keeps the call's kind (OrderBy or ThenBy); the key itself then follows as a ThenBy.
            var byKnown = Expression.Call(typeof(Queryable), node.Method.Name, [elementType, typeof(int)], source, Expression.Quote(known));
            var then = descending ? nameof(Queryable.ThenByDescending) : nameof(Queryable.ThenBy);
            return Expression.Call(typeof(Queryable), then, [elementType, key.ReturnType], byKnown, Expression.Quote(key));
        }

        private static Expression StripQuotes(Expression expression) =>
            expression is UnaryExpression { NodeType: ExpressionType.Quote } quote ? quote.Operand : expression;
    }
}
