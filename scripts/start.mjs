// `npm start`: the production server (adapter-node) with defaults that fit a
// local install. adapter-node assumes https when ORIGIN is not set, and then
// refuses every form post from http://localhost as cross-site; the request
// body limit must also exceed the largest upload (2 MB a file, see
// upload-rules.ts) plus the form's other fields and the multipart framing, or
// a file just under 2 MB would be cut off with the server's generic refusal
// instead of being read.
const port = process.env.PORT ?? '3000';
process.env.PORT = port;
// Listening on every interface: the name users type is `localhost`; on one
// address, that address.
const host = process.env.HOST;
const publicHost = !host || host === '0.0.0.0' || host === '::' ? 'localhost' : host.includes(':') ? `[${host}]` : host;
process.env.ORIGIN ??= `http://${publicHost}:${port}`;
process.env.BODY_SIZE_LIMIT ??= '2112K'; // 2 MB + 64 kB
console.log(`Factline on ${process.env.ORIGIN} (listening on ${process.env.HOST ?? '0.0.0.0'}:${port})`);
await import('../build/index.js');
