namespace Hadath.Evaluation;

/// <summary>
/// Maximum bipartite matching by augmenting paths (Kuhn), trying left vertices in the order given.
/// Two facts make that order meaningful: an augmenting path never unmatches a left vertex that is
/// already matched, and a vertex that finds no augmenting path at its turn never will later. So the
/// result is a maximum matching whose set of matched left vertices is the greedy one for that order:
/// for every prefix of the order, as many of its vertices are matched as any matching allows.
/// </summary>
internal static class BipartiteMatcher
{
    /// <summary>Returns, for each left vertex, the right vertex it is matched to, or -1.</summary>
    public static int[] Match(IReadOnlyList<IReadOnlyList<int>> adjacency, int rightCount)
    {
        var rightOfLeft = new int[adjacency.Count];
        var leftOfRight = new int[rightCount];
        Array.Fill(rightOfLeft, -1);
        Array.Fill(leftOfRight, -1);
        var visited = new bool[rightCount];
        for (var left = 0; left < adjacency.Count; left++)
        {
            Array.Clear(visited);
            TryAugment(left, adjacency, rightOfLeft, leftOfRight, visited);
        }

        return rightOfLeft;
    }

    // Recursion depth is bounded by the number of right vertices (the gold entries of one article).
    private static bool TryAugment(int left, IReadOnlyList<IReadOnlyList<int>> adjacency, int[] rightOfLeft, int[] leftOfRight, bool[] visited)
    {
        foreach (var right in adjacency[left])
        {
            if (visited[right])
            {
                continue;
            }

            visited[right] = true;
            if (leftOfRight[right] < 0 || TryAugment(leftOfRight[right], adjacency, rightOfLeft, leftOfRight, visited))
            {
                leftOfRight[right] = left;
                rightOfLeft[left] = right;
                return true;
            }
        }

        return false;
    }
}
