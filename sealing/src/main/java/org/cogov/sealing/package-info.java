/**
 * The cryptography of sealed bids, shared by the server and the providers' own machines: the bid
 * envelope, the procedure's opening key split among its custodians, and the custodians' own keys.
 * Plain Java and BouncyCastle, so that a provider can seal a bid without trusting the platform.
 */
package org.cogov.sealing;
