from web.headers import CONTENT_SECURITY_POLICY


def test_the_policy_allows_no_inline_script_or_style():
    assert "'unsafe-inline'" not in CONTENT_SECURITY_POLICY
    assert "'unsafe-eval'" not in CONTENT_SECURITY_POLICY
    assert "script-src 'self'" in CONTENT_SECURITY_POLICY
    assert "default-src 'none'" in CONTENT_SECURITY_POLICY
    assert "frame-ancestors 'none'" in CONTENT_SECURITY_POLICY


def test_the_api_sends_no_cors_header(client):
    """No CORS header, on purpose (docs/page.md): with one, any page open in the
    browser could read the archive through the local server; a preflight gets none either."""
    for response in (client.get("/api/search?q=China", headers={"Origin": "https://otro.example"}),
                     client.options("/api/search", headers={"Origin": "https://otro.example",
                                                            "Access-Control-Request-Method": "GET"})):
        assert not any(name.lower().startswith("access-control-") for name in response.headers.keys())
