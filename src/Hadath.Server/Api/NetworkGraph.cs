namespace Hadath.Server.Api;

/// <summary>The actor network: the most active actors, and the dyads among them.</summary>
public sealed record NetworkGraph(IReadOnlyList<NetworkNode> Nodes, IReadOnlyList<NetworkEdge> Edges);
