/** The pages of buddy programmes: for coordinators, for buddies in their own account, and the public sign-up. */
package be.brugwerk.matching.web;
