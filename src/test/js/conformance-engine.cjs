// rdf-test-suite wants an engine module; the SPARQL 1.1 Protocol and Service Description tests only talk HTTP
// to the endpoint given with -i, so nothing here is ever called.
const unused = () => Promise.reject(new Error('the conformance tests run against a live endpoint'));
module.exports = { parse: unused, query: unused, update: unused };
