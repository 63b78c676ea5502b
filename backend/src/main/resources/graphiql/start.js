// GraphiQL against this server's /graphql, with the signed-in session and the CSRF token the API asks for.
(function () {
  function csrfToken() {
    var cookie = document.cookie.split('; ').find(function (c) { return c.indexOf('XSRF-TOKEN=') === 0; });
    return cookie ? decodeURIComponent(cookie.substring('XSRF-TOKEN='.length)) : '';
  }

  function fetcher(params) {
    return fetch('/graphql', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'X-XSRF-TOKEN': csrfToken() },
      body: JSON.stringify(params),
    }).then(function (response) { return response.json(); });
  }

  var query = '# Episodes you may see, most urgent first.\n{\n  episodes(first: 10) {\n    totalCount\n'
    + '    edges { node { reference status timescales { nextReviewDue reviewOverdue overdueActions } } }\n  }\n}\n';
  ReactDOM.createRoot(document.getElementById('graphiql'))
    .render(React.createElement(GraphiQL, { fetcher: fetcher, defaultQuery: query }));
})();
