package org.bookingfleet.identity.accounts.internal.web;

/** The look of the identity provider's pages (the login page's). */
public final class Pages {

	private Pages() {
	}

	public static String page(String title, String body) {
		return """
				<!doctype html>
				<html lang="en">
				<head>
				<meta charset="utf-8">
				<meta name="viewport" content="width=device-width, initial-scale=1">
				<title>%s · Booking fleet</title>
				<style>
				  body { font-family: system-ui, sans-serif; background: #f4f5f7; margin: 0; color: #1d2330; }
				  main { max-width: 24rem; margin: 10vh auto; background: #fff; padding: 2rem; border-radius: 8px;
				         box-shadow: 0 1px 4px rgba(0, 0, 0, .12); }
				  h1 { font-size: 1.4rem; margin: 0 0 1.2rem; }
				  label { display: block; font-weight: 600; margin: 1rem 0 .3rem; }
				  input { width: 100%%; box-sizing: border-box; padding: .6rem; font-size: 1rem; border: 1px solid #9aa3b2;
				          border-radius: 4px; }
				  input:focus, a:focus, button:focus { outline: 3px solid #7aa7ff; }
				  button, .button { display: inline-block; margin-top: 1.4rem; width: 100%%; box-sizing: border-box;
				           padding: .7rem; font-size: 1rem; border: 0; border-radius: 4px; background: #1f5fd1; color: #fff;
				           cursor: pointer; text-align: center; text-decoration: none; }
				  .refusal { background: #fdecec; color: #8a1c1c; padding: .6rem; border-radius: 4px; margin: .4rem 0 0; }
				  .more { margin-top: 1.2rem; }
				</style>
				</head>
				<body>
				<main>
				  <h1>%s</h1>
				  %s
				</main>
				</body>
				</html>
				"""
			.formatted(title, title, body);
	}

}
