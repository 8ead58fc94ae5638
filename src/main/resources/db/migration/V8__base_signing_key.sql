-- Base: the installation's signing keys (SignedTokens). A key is created on first use and never changes, so tokens
-- printed on documents (a certificate's QR code) stay valid across restarts and on every instance. Random bytes,
-- Base64; readable only by the database's own users.
CREATE TABLE base_signing_key (
    name       VARCHAR(40) PRIMARY KEY,
    secret     VARCHAR(100) NOT NULL,
    created_at DATETIME(6) NOT NULL
);
