using System.Net;
using System.Net.Sockets;

namespace Hadath.Store.Tests;

/// <summary>
/// A loopback TCP relay in front of the test PostgreSQL server. Stopping it cuts every client
/// connection at once, which is what a client sees when its server goes away.
/// </summary>
internal sealed class TcpProxy : IDisposable
{
    private readonly IPEndPoint _target;
    private readonly List<TcpClient> _clients = [];
    private TcpListener? _listener;
    private CancellationTokenSource? _stop;

    public TcpProxy(string host, int port, int listenPort = 0)
    {
        _target = new IPEndPoint(IPAddress.Parse(host == "localhost" ? "127.0.0.1" : host), port);
        Port = listenPort;
        Start();
    }

    public int Port { get; private set; }

    public void Start()
    {
        _stop = new CancellationTokenSource();
        _listener = new TcpListener(IPAddress.Loopback, Port);
        _listener.Server.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
        _listener.Start();
        Port = ((IPEndPoint)_listener.LocalEndpoint).Port;
        var listener = _listener;
        var token = _stop.Token;
        _ = Task.Run(async () =>
        {
            while (!token.IsCancellationRequested)
            {
                TcpClient client;
                try
                {
                    client = await listener.AcceptTcpClientAsync(token);
                }
                catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
                {
                    return;
                }

                var upstream = new TcpClient();
                try
                {
                    await upstream.ConnectAsync(_target, token);
                }
                catch (Exception e) when (e is OperationCanceledException or SocketException)
                {
                    client.Dispose();
                    upstream.Dispose();
                    continue;
                }

                lock (_clients)
                {
                    _clients.Add(client);
                    _clients.Add(upstream);
                }

                _ = Pump(client, upstream, token);
                _ = Pump(upstream, client, token);
            }
        }, token);
    }

    private static async Task Pump(TcpClient from, TcpClient to, CancellationToken token)
    {
        try
        {
            await from.GetStream().CopyToAsync(to.GetStream(), token);
        }
        catch (Exception e) when (e is IOException or OperationCanceledException or ObjectDisposedException or InvalidOperationException)
        {
            // The other side or Stop() closed the connection.
        }
        finally
        {
            from.Dispose();
            to.Dispose();
        }
    }

    /// <summary>Stops listening and drops every relayed connection.</summary>
    public void Stop()
    {
        _stop?.Cancel();
        _listener?.Stop();
        lock (_clients)
        {
            foreach (var c in _clients)
            {
                c.Client?.Close(0);
                c.Dispose();
            }

            _clients.Clear();
        }
    }

    public void Dispose()
    {
        Stop();
        _stop?.Dispose();
    }
}
